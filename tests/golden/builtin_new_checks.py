# T.__new__(S) called directly: S must be a type, a subtype of T, and one whose instances
# T.__new__ knows how to make (CPython's tp_new_wrapper). Unchecked, the wrong layout crashed.


class Sub(list):
    pass


class P(list):
    def __new__(cls):
        return super().__new__(cls)


class Q(P):
    pass


class MyError(OSError):
    pass


cases = [
    "property.__new__(1)",
    "property.__new__()",
    "property.__new__(int)",
    "staticmethod.__new__(1)",
    "classmethod.__new__(str)",
    "super.__new__(None)",
    "range.__new__(1)",
    "slice.__new__('x')",
    "tuple.__new__(list)",
    "str.__new__(1)",
    "set.__new__(3.5)",
    "frozenset.__new__(dict)",
    "enumerate.__new__(1)",
    "zip.__new__(int)",
    "map.__new__(None)",
    "filter.__new__(list)",
    "reversed.__new__(1)",
    "object.__new__(list)",
    "object.__new__(Sub)",
    "object.__new__(Q)",
    "object.__new__(property)",
    "object.__new__(range)",
    "BaseException.__new__(OSError)",
    "BaseException.__new__(MyError)",
    "int.__new__(bool)",
    "tuple.__new__(tuple)",
    "list.__new__(Q)",
    "BaseException.__new__(KeyError)",
]
for c in cases:
    try:
        r = eval(c)
        print(c, "->", type(r).__name__)
    except TypeError as e:
        print(c, "TypeError:", e)

print(type(Q()).__name__, type(MyError(2, "x")).__name__, MyError(2, "x").errno)
