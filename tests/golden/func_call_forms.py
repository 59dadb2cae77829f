def f(a, b, c=0, *args, **kw):
    return (a, b, c, args, kw)
print(f(1, 2))
print(f(1, 2, 3, 4, 5))
print(f(b=1, a=2))
print(f(1, *[2, 3], *(4,), **{"x": 5}, y=6))
args = (1, 2)
kwargs = {"c": 3, "z": 26}
print(f(*args, **kwargs))
print(f(*"ab"))
print(f(*range(5)))
def g(**kw):
    return sorted(kw.items())
print(g(**{"b": 1}, a=2))
try:
    g(**{1: 2})
except TypeError as e:
    print(e)
try:
    f(*5)
except TypeError as e:
    print(e)
try:
    f(1, **[1])
except TypeError as e:
    print(e)
try:
    g(a=1, **{"a": 2})
except TypeError as e:
    print(e)
