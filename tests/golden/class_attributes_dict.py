class C:
    a = 1
    b = [1]
    def m(self):
        return 0
c1, c2 = C(), C()
c1.a = 100
c1.b.append(2)
print(c1.a, c2.a, C.a, c2.b, C.b is c1.b)
print(c1.__dict__, c2.__dict__)
print(sorted(k for k in C.__dict__ if not k.startswith("__")))
c2.__dict__["z"] = 9
print(c2.z)
C.new_attr = "added to class"
print(c1.new_attr)
del c1.a
print(c1.a)
try:
    del c1.a
except AttributeError as e:
    print("AttributeError:", e)
print(c1.__class__ is C, C.__class__.__name__)
print(vars(c2))
