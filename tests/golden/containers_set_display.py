# Set displays: CPython 3.11 folds a display of more than two constants into a frozenset
# constant and copies it (BUILD_SET 0, LOAD_CONST frozenset, SET_UPDATE), which decides the
# table size and so the printed order; other displays add their items one by one.
print({5, 3, 100, 8, 16, 1024, -1})
print({5, 3, 100, 8, 16, 1024, -1, 40, 33})
s = {1, 9, 17, 25, 33}
s.discard(9)
s.add(41)
print(s)
print({(1, 2), (3, 4), (5, 6), (0, 0), (-1, 1)})
p = {4, 8, 15, 16, 23, 42}
print([p.pop() for _ in range(6)])
a = {1, 2, 3, 40, 50, 64, 128}
print(a & {64, 128, 1, 999}, {64, 128, 1, 999} & a, a - {1}, a ^ {1, 256})
x, y, z = 100, 8, 16
print({5, 3, x, y, z, 1024, -1}, {*[5, 3, 100], 8, 16, *(1024, -1)})
big = set(range(0, 300, 7))
print({*big} == big, list({*big}) == list(big), list({*big, 1000})[:10])
