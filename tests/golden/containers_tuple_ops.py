# tuple: construction, repr, comparisons, indexing, operators, methods.
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

print((), (1,), (1, 2), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({1: 2}), tuple((1,)))
a = (1, 2, 3)
print(tuple(a) is a, a[0], a[-1], a[1:], a[::-1], a[5:], a[:], a[:] is a, a + (4,), a * 2, 2 * a, a * 0, () * 5)
print(a + () is a, () + a is a, a * 1 is a, len(a), 2 in a, 5 in a, a.count(2), a.index(3), a.index(2, 1, 3))
t(lambda: a[3])
t(lambda: a["x"])
t(lambda: a.index(5))
t(lambda: a.index(1, 1))
t(lambda: a + [1])
t(lambda: a * "x")
t(lambda: tuple(1))
t(lambda: tuple(1, 2))
t(lambda: tuple(x=1))
def assign():
    a[0] = 1
t(assign)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 2) == (1, 2), (1, 2) != (1, 2.0), () < (0,))
print((1, (2, 3)) == (1, (2, 3)), (1, [2]) == (1, [2]), (1, 2) <= (1, 2), (1, "a") == (1, "a"))
t(lambda: (1, 2) < (1, "a"))
t(lambda: (1,) < [1])
print((1,) == [1], (1, 2).__lt__([1]))
print(((1, 2), [3], {4: 5}, "s", None, 2.5, ()))
x, y, *z = (1, 2, 3, 4)
print(x, y, z)
it = iter(a)
print(next(it), list(it), type(it).__name__, list(reversed(a)))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]), max([(1, 2), (1, 3)]))
nested = ((),)
print(nested, ((),) * 3, (((1,),),))
