# Implicit line joining inside (), [] and {}.
x = (1 +
     2 +
        3)
print(x)
lst = [
    1, 2,
  3,
]
print(lst)
d = {
    "a": 1,
        "b": 2,
}
print(d)
def f(a,
      b,
      c=3):
    return a + b + c
print(f(1,
        2))
s = ("abc"
     "def"
  "ghi")
print(s)
print(len([
]))
