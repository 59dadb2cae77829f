class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val)
        return self.suppress
with CM("a") as x:
    print("body", x)
with CM("a") as x, CM("b") as y:
    print("two", x, y)
with CM("s", suppress=True):
    raise ValueError("suppressed!")
print("after suppress")
try:
    with CM("outer"), CM("inner", suppress=False):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))
with CM("o", True), CM("i"):
    raise RuntimeError("inner doesn't suppress, outer does")
print("continuing")
def f():
    with CM("ret"):
        return "returned"
print(f())
for i in range(2):
    with CM("loop" + str(i)):
        if i == 0:
            continue
        break
with (CM("p1") as a, CM("p2") as b):
    print(a, b)
