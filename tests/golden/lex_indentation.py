# Indentation: mixed depths, nested blocks, dedent to several levels at once.
def f(x):
    if x > 0:
        if x > 10:
                return "big"
        else:
          return "small"
    return "non-positive"

for v in (-1, 5, 50):
    print(v, f(v))

class A:
  def m(self):
      for i in range(2):
              for j in range(2):
                  if i == j:
                      print("diag", i)
      return 1
print(A().m())
if True:
    pass
print("after pass")
