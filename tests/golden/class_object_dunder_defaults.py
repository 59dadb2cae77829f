class P:
    pass
p = P()
print(type(p.__repr__()).__name__, p.__repr__().startswith("<__main__.P object at"))
print(str(p) == repr(p), p.__eq__(p), p.__eq__(1), p.__ne__(p))
print(P.__name__, P.__module__, P.__qualname__, P.__doc__)
print(object.__name__, P.__bases__ == (object,), P.__mro__ == (P, object))
print(p.__class__ is P, isinstance(p, object))
print(repr(P).startswith("<class '__main__.P'>"), repr(P), repr(int), repr(object))
print(sorted(n for n in dir(p) if not n.startswith("_")))
