def f(a, b=2, c="three"):
    return (a, b, c)
print(f(1), f(1, 20), f(1, c="C"), f(a=0, c=None, b=[]))
def append_to(x, target=[]):
    target.append(x)
    return target
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
print(append_to.__defaults__)
def safe(x, target=None):
    if target is None:
        target = []
    target.append(x)
    return target
print(safe(1), safe(2))
n = 10
def late(x=n):
    return x
n = 20
print(late())
def kw(a, *, b=5):
    return a * b
print(kw(2), kw(2, b=3), kw.__kwdefaults__)
print(f.__defaults__, kw.__defaults__)
