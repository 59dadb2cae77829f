class Ver:
    def __init__(self, *p):
        self.p = p
    def __eq__(self, o):
        if not isinstance(o, Ver):
            return NotImplemented
        return self.p == o.p
    def __lt__(self, o):
        if not isinstance(o, Ver):
            return NotImplemented
        return self.p < o.p
    def __le__(self, o):
        return self == o or self < o
    def __repr__(self):
        return "Ver" + str(self.p)
    __hash__ = None
a, b = Ver(1, 2), Ver(1, 10)
print(a < b, a > b, a <= b, a >= b, a == b, a != b, a == Ver(1, 2))
print(sorted([Ver(3), Ver(1, 5), Ver(1)]))
print(a == 5, a != 5)
try:
    a < 5
except TypeError as e:
    print("TypeError:", e)
try:
    hash(a)
except TypeError as e:
    print("TypeError:", e)
class Rev:
    def __init__(self, v):
        self.v = v
    def __gt__(self, o):
        print("Rev.__gt__ called")
        return self.v > o
print(3 < Rev(5))
print(max([Ver(2), Ver(9), Ver(4)]), min(Ver(2), Ver(1)))
class Always:
    def __eq__(self, o):
        return True
print(Always() == 1, 1 == Always(), Always() != 1, [Always()] == [2], 2 in [Always()])
