t = (1, 2, 3, 2)
print(t, t[0], t[-1], t[1:3], len(t), t.count(2), t.index(3), 2 in t)
print((), (1,), tuple(), tuple([1, 2]), tuple("ab"), type(()).__name__)
print((1, 2) + (3,), (1,) * 3, (1, 2) < (1, 3), (1, 2) == (1, 2), (2,) > (1, 5))
print(hash((1, 2)) == hash((1, 2)), hash((1, (2, 3))) == hash((1, (2, 3))))
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
try:
    t.index(99)
except ValueError as e:
    print("ValueError:", e)
a, b = (1, 2)
print(a, b, (1, 2, 3)[::-1], ((1, 2), (3,))[0][1])
d = {(1, 2): "tuple key"}
print(d[(1, 2)], d[1, 2])
tl = ([1],)
tl[0].append(2)
print(tl)
print(repr((1,)), repr(("a", 1.5, None)), str((True,)))
