# type.__subclasses__(): direct subclasses in creation order; a recursive walk; the arity error.
class Plugin:
    registry = []
class A(Plugin): pass
class B(Plugin): pass
class C(A): pass
class D(A, B): pass
print(Plugin.__subclasses__(), A.__subclasses__(), B.__subclasses__(), C.__subclasses__())
print([c.__name__ for c in Plugin.__subclasses__()], type.__subclasses__(A))
def all_subclasses(cls):
    return set(cls.__subclasses__()).union(s for c in cls.__subclasses__() for s in all_subclasses(c))
print(sorted(c.__name__ for c in all_subclasses(Plugin)))
class E(Exception): pass
print(E in Exception.__subclasses__(), int.__subclasses__()[:1], bool in int.__subclasses__())
try: A.__subclasses__(1)
except TypeError as e: print(e)
