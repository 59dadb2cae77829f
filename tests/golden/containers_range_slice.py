# range and slice objects.
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

r = range(3, 20, 4)
print(r, range(5), range(0), range(-3), range(1, 2, 1), range(10, 0, -3), repr(range(2, 3)))
print(list(r), len(r), r[0], r[-1], r[1:3], r[::-1], r[::2], r[10:], r.start, r.stop, r.step)
print(7 in r, 8 in r, 7.0 in r, "a" in r, 19 in r, 3 in r, -1 in range(0, -5, -1), True in range(2))
print(r.index(11), r.count(11), r.count(12), r.count(11.0), range(10).index(3.0))
t(lambda: r.index(12))
t(lambda: r.index("a"))
t(lambda: r[5])
t(lambda: r["a"])
t(lambda: range())
t(lambda: range(1, 2, 3, 4))
t(lambda: range(1, 2, 0))
t(lambda: range("a"))
t(lambda: range(1.5))
t(lambda: range(x=1))
print(list(range(10, 0, -3)), list(reversed(range(10, 0, -3))), list(reversed(range(0))), list(reversed(range(5))))
print(range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(1, 2, 5) == range(1, 3, 7), range(3) == [0, 1, 2])
print(range(0, 10, 2) == range(0, 9, 2), range(0, 10, 2) != range(0, 10, 3), bool(range(0)), bool(range(-1, 0)))
t(lambda: range(3) < range(4))
print(range(2**40, 2**40 + 3)[1], len(range(-2**60, 2**60, 2**50)), list(range(2**62, 2**62 + 2)))
print(range(100)[10:90:7], range(100)[::-7][:3], range(5, 0, -1)[1:])
it = iter(range(3))
print(next(it), list(it), list(it), type(it).__name__)
x = 0
for i in range(1000):
    x += i
print(x, sum(range(10**6)), max(range(7)), min(range(3, 9)))
print(list(range(-5, 5, 3)), list(range(5, -5, -3)), range(1, 10)[-100:100])

s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1), slice("a", [1], None))
print(list(range(20))[s], "abcdefghijk"[s], (1, 2, 3, 4)[slice(None, None, -2)])
print(s.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10), slice(-100, 100, 3).indices(7))
print(slice(None, None, None).indices(0), slice(10, -10, -1).indices(5), slice(2**80).indices(3))
t(lambda: slice(1).indices(-1))
t(lambda: slice(0, 1, 0).indices(3))
t(lambda: slice("a").indices(3))
t(lambda: slice(1).indices("a"))
t(lambda: slice())
t(lambda: slice(1, 2, 3, 4))
t(lambda: hash(slice(1)))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) < slice(1, 3), slice(1) != slice(1), slice(1, 2) == (1, 2))
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print([0, 1, 2, 3, 4][Idx(1):Idx(4)], [0, 1, 2][Idx(-1)], range(10)[Idx(2)], range(Idx(3)), (5, 6, 7)[Idx(1)])
print(slice(Idx(1), Idx(3)).indices(10), "abc"[Idx(1):])
