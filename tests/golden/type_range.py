r = range(10)
print(r, range(1, 10, 2), range(5, 0, -1), range(0), repr(range(-3, 3)))
print(len(r), len(range(1, 10, 3)), len(range(10, 0)), len(range(10, 0, -3)))
print(list(range(1, 10, 3)), list(range(5, 0, -2)), list(range(-3)))
print(r[3], r[-1], r[2:5], r[::-1], r[::2][1:3], range(0, 100, 7)[3:6])
print(r.index(4), range(0, 20, 5).index(15), r.count(3), 3 in r, 10 in r, -1 in r, 3.0 in r)
print(list(reversed(range(4))), list(reversed(range(1, 10, 4))))
print(range(3) == range(3), range(0) == range(2, 2), range(0, 3) == range(0, 4, 3) or "ne", range(1, 2) == range(1, 3, 5))
try:
    range(0, 10, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    r[10]
except IndexError as e:
    print("IndexError:", e)
try:
    r.index(20)
except ValueError as e:
    print("ValueError:", e)
print(r.start, r.stop, r.step, range(2, 8, 3).stop, sum(range(101)))
print(range(10**20)[-1], 10**19 in range(10**20))
