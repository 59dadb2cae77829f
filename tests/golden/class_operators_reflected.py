class M:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"M({self.v})"
    def __add__(self, o):
        print("M.__add__", o)
        if isinstance(o, M):
            return M(self.v + o.v)
        if isinstance(o, int):
            return M(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        print("M.__radd__", o)
        if isinstance(o, int):
            return M(o + self.v)
        return NotImplemented
    def __rsub__(self, o):
        return M(o - self.v)
    def __rmul__(self, o):
        return M(o * self.v)
    def __rtruediv__(self, o):
        return M(o / self.v)
    def __rpow__(self, o):
        return M(o ** self.v)
    def __rfloordiv__(self, o): return M(o // self.v)
    def __rmod__(self, o): return M(o % self.v)
    def __rlshift__(self, o): return M(o << self.v)
    def __rand__(self, o): return M(o & self.v)
    def __ror__(self, o): return M(o | self.v)
    def __rxor__(self, o): return M(o ^ self.v)
m = M(3)
print(m + 1)
print(1 + m)
print(m + m)
print(10 - m, 2 * m, 9 / m, 2 ** m, 10 // m, 10 % m, 1 << m, 7 & m, 4 | m, 5 ^ m)
print(sum([M(1), M(2)]))
class Sub(M):
    def __radd__(self, o):
        print("Sub.__radd__ first")
        return "sub wins"
print(M(1) + Sub(2))
try:
    "s" + m
except TypeError as e:
    print("TypeError:", e)
