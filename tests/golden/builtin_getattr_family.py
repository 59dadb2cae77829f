class C:
    cls_attr = "class"
    def __init__(self):
        self.x = 1
c = C()
print(getattr(c, "x"), getattr(c, "cls_attr"), getattr(c, "missing", "dflt"), getattr(C, "cls_attr"))
try:
    getattr(c, "missing")
except AttributeError as e:
    print("AttributeError:", e)
setattr(c, "y", 2)
setattr(C, "z", 3)
print(c.y, c.z, hasattr(c, "y"), hasattr(c, "nope"), hasattr(C, "x"))
delattr(c, "y")
print(hasattr(c, "y"))
try:
    delattr(c, "y")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(c, 5)
except TypeError as e:
    print("TypeError:", e)
print(getattr("abc", "upper")(), getattr(5, "real"), hasattr([], "append"))
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    (1).foo = 2
except AttributeError as e:
    print("AttributeError:", e)
