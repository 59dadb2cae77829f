o = object()
print(type(o).__name__, isinstance(o, object), o == o, o != object())
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    object(1)
except TypeError as e:
    print("TypeError:", e)
print(object.__name__, object.__bases__, len(object.__mro__))
print(hasattr(o, "__eq__"), hasattr(o, "__dict__"))
