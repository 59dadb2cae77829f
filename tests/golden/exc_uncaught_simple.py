print("before")
def inner(x):
    return 10 / x
def middle(x):
    return inner(x) + 1
def outer():
    return middle(0)
outer()
print("never")
