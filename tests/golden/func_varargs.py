def f(*args):
    return args
print(f(), f(1), f(1, 2, 3), type(f()).__name__)
def g(a, *rest):
    return a, rest
print(g(1), g(1, 2, 3))
def h(**kw):
    return kw
print(h(), h(x=1, y=2))
def all_(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(all_(1, c=3))
print(all_(1, 2, 3, 4, c=5, e=6))
print(all_(*[1, 2, 3], **{"c": 0, "z": 9}))
def s(*args, sep="-"):
    return sep.join(map(str, args))
print(s(1, 2, 3), s(1, 2, sep="+"))
