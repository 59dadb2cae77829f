sign = lambda x: "neg" if x < 0 else "zero" if x == 0 else "pos"
print([sign(v) for v in (-2, 0, 3)])
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
print((lambda *a, **k: (a, k))(1, 2, z=3))
print((lambda x, y=10: x + y)(1), (lambda: None)())
adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders])
