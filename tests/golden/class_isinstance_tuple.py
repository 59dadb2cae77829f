class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, (C,)), isinstance(b, ()))
print(isinstance(1, (str, (float, int))), isinstance(True, int), isinstance(1, bool))
print(issubclass(B, (C, A)), issubclass(bool, int), issubclass(int, object), issubclass(A, A))
print(isinstance(A, type), isinstance(type, type), isinstance(type, object), isinstance(object, type))
print(issubclass(type, object), type(type) is type, type(object) is type)
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(None, type(None)), isinstance([], (list, tuple)), isinstance({}, dict))
