sq = lambda x: x * x
print(sq(7), sq.__name__, (lambda: 0).__name__)
print(sorted(["bb", "a", "ccc"], key=lambda s: len(s)))
print(list(map(lambda x, y: x + y, [1, 2], [10, 20])))
print(list(filter(lambda x: x % 2, range(8))))
f = lambda *a, k=1, **kw: (a, k, kw)
print(f(1, 2, k=3, z=4))
g = lambda: (yield)
print(type(g()).__name__)
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
print((lambda x: (lambda y: x * y))(3)(4))
