class C:
    a = 1
    def m(self):
        pass
    def _private(self):
        pass
c = C()
c.inst = 2
print(callable(C), callable(c), callable(c.m), callable(print), callable(None), callable(lambda: 0))
print(vars(c), sorted(k for k in vars(C) if not k.startswith("__")))
print([n for n in dir(C) if not n.startswith("__")])
print([n for n in dir(c) if not n.startswith("__")])
class D(C):
    b = 2
print([n for n in dir(D) if not n.startswith("__")])
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
def f():
    local_a = 1
    local_b = 2
    return sorted(dir())
print(f())
print("__init__" in dir(C), "append" in dir([]), "upper" in dir(""))
