# Subclasses of int and float: inherited arithmetic (exact results), overridden methods and
# dunders, __new__/__init__, instance attributes, super(), and the layout conflict error
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class I(int):
    pass
class J(int):
    def __add__(self, other):
        return "J.add"
    def __repr__(self):
        return f"J({int(self)})"
    def double(self):
        return self * 2
class F(float):
    def __str__(self):
        return "F!"
i = I(5)
j = J(7)
f = F(2.5)
t(lambda: (i, type(i), i + 1, type(i + 1), i * i, -i, abs(I(-3)), i == 5, hash(i) == hash(5), isinstance(i, int), str(i)))
t(lambda: (j, j + 1, 1 + j, j.double(), type(j.double()), str(j), f"{j}", [j]))
t(lambda: (f, str(f), f + 1, type(f + 1), f * 2, f == 2.5, repr(f), int(f), round(f), f.is_integer(), f.hex()))
t(lambda: (I(10**30), I(10**30) + 1, I("ff", 16), I(), I(True), type(I(True))))
t(lambda: (F(), F("1.5"), F(3), type(F(3))))
t(lambda: ({i: 1}[5], {5: "x"}[i], sorted([I(3), 1, F(2.0)]), max(I(1), I(2)), sum([I(1), I(2)])))
t(lambda: (range(i), [0, 1, 2, 3, 4, 5, 6][i], "abc" * I(2), divmod(I(7), 2), pow(I(2), 10)))
t(lambda: (i.bit_length(), i.real, i.numerator, (5).__class__, i.__class__.__name__))
class K(int):
    def __new__(cls, value, label):
        obj = super().__new__(cls, value)
        return obj
    def __init__(self, value, label):
        self.label = label
t(lambda: K(3, "x"))
k = None
try:
    k = K(3, "three")
    print(k, k.label)
except Exception as e:
    print(type(e).__name__, e)
try:
    i.attr = 1
    print(i.attr, i.__dict__)
except Exception as e:
    print(type(e).__name__, e)
try:
    f.attr = 2
    print(f.attr, vars(f))
except Exception as e:
    print(type(e).__name__, e)
class B(I):
    x = 10
    def m(self): return self.x + self
t(lambda: (B(1).m(), B.__mro__))
t(lambda: (I.__base__, F.__base__, I.__bases__))

class Money(int):
    currency = "EUR"
    def __new__(cls, amount, currency=None):
        self = super().__new__(cls, amount)
        if currency:
            self.currency = currency
        return self
    def __repr__(self):
        return f"Money({int(self)}, {self.currency!r})"
    def __add__(self, other):
        return Money(int(self) + int(other), self.currency)
    __radd__ = __add__
    def __eq__(self, other):
        return isinstance(other, Money) and int(self) == int(other) and self.currency == other.currency
    __hash__ = int.__hash__
    def __bool__(self):
        return True
m = Money(5, "USD")
t(lambda: (m, m + 1, 1 + m, m + m, sum([Money(1), Money(2)], Money(0)), m == 5, m == Money(5, "USD"), bool(Money(0))))
t(lambda: (m.__dict__, vars(m), m.currency, Money(1).currency, Money(1).__dict__))
t(lambda: (hash(m) == hash(5), {m: 1}, m.__class__.__mro__))
class Temp(float):
    def __new__(cls, v, unit="C"):
        obj = float.__new__(cls, v)
        obj.unit = unit
        return obj
    def __str__(self):
        return f"{float(self)}°{self.unit}"
    def to_f(self):
        return Temp(self * 9 / 5 + 32, "F")
c = Temp(100)
t(lambda: (c, str(c), c.to_f(), str(c.to_f()), c.unit, c + 1, c > 50, sorted([Temp(3), 1.5, Temp(-1)])))
t(lambda: (format(c, ".1f"), f"{c:>8.2f}", f"{c}", "%s %r %.1f" % (c, c, c)))
class Idx(int):
    def __index__(self):
        return 1  # not consulted for int subclasses where an int is accepted
t(lambda: ([10, 20, 30][Idx(2)], hex(Idx(255)), "{:b}".format(Idx(5)), Idx(7) // 2, Idx(7) % 4, Idx(2) ** 3))
class Cmp(int):
    def __lt__(self, other):
        return int(self) > int(other)
t(lambda: sorted([Cmp(1), Cmp(3), Cmp(2)]))
class Sub(int):
    def describe(self):
        return f"{super().__repr__()} (+1 = {super().__add__(1)})"
t(lambda: Sub(41).describe())
t(lambda: (int.from_bytes(b"\x01", "big"), type(Sub.from_bytes(b"\x01", "big")), type(Temp.fromhex("0x1p1")) if False else None))
t(lambda: (Sub(3).__dict__, Sub(3).conjugate(), type(Sub(3).conjugate()), type(+Sub(3)), type(-Sub(3)), type(abs(Sub(3)))))
t(lambda: (Sub(3) is Sub(3), type(int(Sub(3))), type(float(Temp(1)))))
s = Sub(9)
s.extra = [1]
del s.extra
t(lambda: s.__dict__)
t(lambda: s.missing)
class Bad(int, float):
    pass
