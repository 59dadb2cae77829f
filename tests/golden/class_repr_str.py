class A:
    def __repr__(self):
        return "A-repr"
class B:
    def __str__(self):
        return "B-str"
    def __repr__(self):
        return "B-repr"
class C(A):
    pass
a, b = A(), B()
print(a, str(a), repr(a), [a], (a,), {1: a})
print(b, str(b), repr(b), [b], f"{b} {b!r}")
print(C(), "%s %r" % (b, b), format(b), "{} {!r}".format(b, b))
class Bad:
    def __repr__(self):
        return 5
try:
    repr(Bad())
except TypeError as e:
    print("TypeError:", e)
class Rec:
    def __init__(self):
        self.children = []
    def __repr__(self):
        return f"Rec({self.children})"
r = Rec()
r.children.append(Rec())
print(r)
l = [1]
l.append(l)
print(l)
d = {"a": 1}
d["self"] = d
print(d)
