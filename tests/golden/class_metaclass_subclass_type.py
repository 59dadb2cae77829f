# Metaclasses that subclass type, and PEP 560 __mro_entries__.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith("__")), kw)
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)

    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args, **kwargs)

    def __iter__(cls):
        return iter(cls._items)

    def __len__(cls):
        return len(cls._items)

    def __getitem__(cls, key):
        return cls._items[key]

    def __contains__(cls, x):
        return x in cls._items

    def __repr__(cls):
        return f"<Meta class {cls.__name__}>"

    @property
    def count(cls):
        return len(cls._items)

    def describe(cls):
        return f"{cls.__name__} with {cls.count} items"


class A(metaclass=Meta, flag=True):
    _items = [10, 20, 30]

    def __init__(self, x):
        self.x = x


print(type(A), A, repr(A))
print(list(A), len(A), A[1], 20 in A, 5 in A, A.count, A.describe())
a = A(5)
print(a.x, type(a).__name__, isinstance(a, A), isinstance(A, Meta), isinstance(A, type))


class B(A):
    _items = [1]


print(type(B), B.describe(), B(7).x)
print(Meta.__mro__)


class Checker(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int)

    def __subclasscheck__(cls, sub):
        return issubclass(sub, int)


class IntLike(metaclass=Checker):
    pass


print(isinstance(3, IntLike), isinstance("3", IntLike), issubclass(bool, IntLike))


class Entries:
    def __mro_entries__(self, bases):
        print("__mro_entries__", len(bases))
        return (dict,)


class D(Entries(), metaclass=Meta):
    pass


print(D.__bases__, type(D.__orig_bases__[0]).__name__, D.__mro__)
d = D(a=1)
print(d, isinstance(d, dict))


class Empty:
    def __mro_entries__(self, bases):
        return ()


class E(Empty()):
    pass


print(E.__bases__)


class Bad:
    def __mro_entries__(self, bases):
        return [int]


try:
    class F(Bad()):
        pass
except TypeError as e:
    print("TypeError:", e)
