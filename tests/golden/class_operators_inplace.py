class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, o):
        self.v += o
        print("iadd")
        return self
    def __add__(self, o):
        print("add")
        return Acc(self.v + o)
    def __isub__(self, o):
        print("isub returns new")
        return Acc(self.v - o)
    def __imul__(self, o):
        return NotImplemented
    def __mul__(self, o):
        print("mul fallback")
        return Acc(self.v * o)
a = Acc(1)
b = a
a += 5
print(a.v, a is b)
a -= 1
print(a.v, a is b)
a *= 3
print(a.v)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
x = OnlyAdd(1)
y = x
x += 1
print(x.v, y.v, x is y)
class NoOps:
    pass
n = NoOps()
try:
    n += 1
except TypeError as e:
    print("TypeError:", e)
try:
    n **= 2
except TypeError as e:
    print("TypeError:", e)
