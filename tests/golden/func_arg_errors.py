def f(a, b):
    return a + b
def g(a, b=1, *, c):
    pass
def h():
    pass
def k(a, b, c):
    pass
tests = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, z=3),
    lambda: f(1, a=2),
    lambda: g(1),
    lambda: g(1, 2, 3),
    lambda: g(1, 2, 3, c=1),
    lambda: h(1),
    lambda: h(x=1),
    lambda: k(1),
    lambda: k(),
    lambda: f(*[1, 2, 3, 4]),
    lambda: f(1, **{"b": 2, "c": 3}),
    lambda: f(1, **{"a": 2}),
    lambda: (lambda x: x)(),
    lambda: (lambda: 0)(5),
]
for t in tests:
    try:
        t()
        print("no error")
    except TypeError as e:
        print(e)
