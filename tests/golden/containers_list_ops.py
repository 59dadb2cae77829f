# list: indexing, slicing (get/set/del with steps), operators, methods and their errors.
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

a = list(range(10))
print(a[0], a[-1], a[2:5], a[::2], a[::-1], a[-3:], a[:-3], a[5:2], a[5:2:-1], a[100:], a[-100:2])
print(a[1:8:3], a[8:1:-3], a[::-3], a[slice(None)], a[True], a[:2**70], a[-2**70:3])
t(lambda: a[10])
t(lambda: a[-11])
t(lambda: a["x"])
t(lambda: a[1.0])
t(lambda: a[2**70])
t(lambda: a[::0])
t(lambda: a["a":])

b = a[:]
b[2:5] = ["x"]
print(b)
b[:0] = [-1, -2]
print(b)
b[len(b):] = (100, 101)
print(b)
b[1:3] = []
print(b)
b[::2] = "ABCDE"
print(b)
b[5:2] = [9, 9]
print(b)
b = list(range(10))
b[::-2] = range(5)
print(b)
b[:] = b
print(b)
b[2:4] = b
print(b)
def setslice(v, k):
    c = list(range(6))
    c[k] = v
    return c
t(lambda: setslice([1], slice(None, None, 2)))
t(lambda: setslice(5, slice(None, None, 2)))
t(lambda: setslice(5, slice(1, 2)))
t(lambda: setslice([], slice(0, 0, 2)))
t(lambda: setslice("ab", slice(4, 0, -3)))
t(lambda: setslice(iter([7, 8, 9]), slice(0, 6, 2)))
c = list(range(10))
del c[::3]
print(c)
c = list(range(10))
del c[::-3]
print(c)
c = list(range(10))
del c[2:6]
del c[-1]
print(c)
def delidx(i):
    c = [1, 2]
    del c[i]
    return c
t(lambda: delidx(5))
t(lambda: delidx("a"))
def setidx(i):
    c = [1, 2]
    c[i] = 0
    return c
t(lambda: setidx(-3))
t(lambda: setidx(1))

print([1, 2] + [3], [1] * 3, 3 * [1, 2], [1] * 0, [1] * -5, [] * 10)
t(lambda: [1] + (2,))
t(lambda: [1] + "a")
t(lambda: [1] * "a")
t(lambda: "a" * [1])
t(lambda: [1] * 2.0)
t(lambda: [1] * (2**70))
x = [1, 2]
y = x
x += (3, 4)
x += "ab"
x *= 2
print(x, y is x)
x *= 0
print(x, y)
t(lambda: x.__iadd__(5))

print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 2, 3], [1, 3] > [1, 2, 9], [] < [0], [1, 2] != [1, 2.0])
print([1, [2, 3]] == [1, [2, 3]], [[1]] < [[1, 0]], [1, 2] <= [1, 2], [2] >= [1, 5])
t(lambda: [1, 2] < [1, "a"])
t(lambda: [1] < (1,))
print([1] == (1,), [1, 2].__eq__((1, 2)), [].__lt__(1))

l = [3, 1, 2, 3, 1]
print(l.count(3), l.count(7), l.index(1), l.index(1, 2), l.index(3, -2), 2 in l, 7 in l)
t(lambda: l.index(7))
t(lambda: l.index(3, 1, 3))
t(lambda: l.index(1, "a"))
t(lambda: l.index())
t(lambda: l.count())
l.insert(0, "a")
l.insert(-1, "b")
l.insert(100, "c")
l.insert(-100, "d")
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
t(lambda: [].pop())
t(lambda: [1].pop(3))
t(lambda: [1].pop(1, 2))
t(lambda: [1].insert(1))
l.remove(3)
print(l)
t(lambda: l.remove(42))
l.reverse()
print(l, l.copy(), l.copy() is l)
l.clear()
print(l, len(l))
l.extend(range(3))
l.extend({5: 0})
l.extend(x for x in "hi")
l.append([l])
print(l)
t(lambda: l.extend(5))
t(lambda: l.append())
t(lambda: l.append(1, 2))
t(lambda: l.append(x=1))
t(lambda: l.clear(1))

r = [1, 2]
r.append(r)
print(r, repr([[]]), str([1, "a", 2.5, None, True]))
d = {"k": r}
print([d, (r,)])
print(list(), list("abc"), list((1, 2)), list({1: 2}), list(range(3)), list({3}))
t(lambda: list(1))
t(lambda: list(1, 2))
t(lambda: list(x=1))
it = iter([1, 2, 3])
print(next(it), list(it), list(it))
rl = reversed([1, 2, 3])
print(next(rl), list(rl), list(rl))
z = [1, 2, 3]
it = iter(z)
next(it)
z.append(4)
print(list(it))
z = [1, 2, 3]
rit = reversed(z)
z.pop()
z.pop()
print(list(rit))
print(type(iter([])).__name__, type(reversed([])).__name__, [].__hash__)
class L(list):
    pass
m = L([3, 1, 2])
m.sort()
print(m, type(m).__name__, type(m[:1]).__name__, type(m + m).__name__, type(m * 2).__name__, m == [1, 2, 3])
print(L(), L("ab"), len(L(range(4))))
print([i * i for i in range(5)][1:4], [[0] * 2] * 2)
