

x = 1


def f():

    y = 2

    return y


print(x, f())
if x:

    print("blank inside block")

   
print("done")
