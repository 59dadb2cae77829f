class A:
    x = "A.x"
    def who(self):
        return "A.who"
class B(A):
    pass
class C(A):
    x = "C.x"
    def who(self):
        return "C.who"
class D(B, C):
    pass
d = D()
print(d.x, d.who())
d.x = "instance"
print(d.x, D.x)
del d.x
print(d.x)
B.x = "B.x now"
print(d.x)
print(hasattr(D, "who"), getattr(D, "nope", None))
