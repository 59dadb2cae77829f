class A:
    def __str__(self):
        return "A.str"
    def __repr__(self):
        return "A.repr"
print(A(), [A()], (A(),), {A(): A()} if False else {1: A()}, {"k": [A()]})
print(1.0, 1e100, -0.0, [1.0, 2.5e-7], 10**30, -10**30)
print("str", ["str"], ("s",), {"s"}, {"k": "v"})
print(True, [True, None], (None,))
print(b"bytes", [b"x"], bytearray(b"ba"))
print(range(3), [range(3)], slice(1, 2), [slice(None)])
print(print is print, type(print))
print(int, str, list, dict, type, object, ValueError, [int])
