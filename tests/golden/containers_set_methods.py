# set and frozenset methods, operators, comparisons and errors.
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

s = {1, 2, 3}
f = frozenset([3, 4, 5])
print(s | f, f | s, s & f, f & s, s - f, f - s, s ^ f, f ^ s, type(f | s).__name__, type(s | f).__name__)
print(s.union(), s.union([7], (8,), {9}), s.intersection(), s.intersection([1, 2], (2, 3)), s.difference(), s.difference([1], [2]))
print(f.union([1]), f.intersection(s), f.difference(s), f.symmetric_difference([5, 6]), f.copy() is f, s.copy() is s)
print(s <= {1, 2, 3}, s < {1, 2, 3}, s < {1, 2, 3, 4}, s >= {1}, s > {1, 2, 3}, s == frozenset(s), f != {3, 4, 5})
print(s.issubset(range(5)), s.issubset([1, 2]), s.issuperset([1, 1]), s.issuperset(range(5)), s.isdisjoint(f), s.isdisjoint([9]))
print(set() == frozenset(), {1} == [1], s.__eq__([1]), s.__lt__(5), s.__or__([1]))
t(lambda: s | [1])
t(lambda: s < [1])
t(lambda: s.symmetric_difference([1], [2]))
t(lambda: s.issubset())
t(lambda: s.add())
t(lambda: s.union(x=1))
t(lambda: set(1))
t(lambda: set(1, 2))
t(lambda: set(x=1))
t(lambda: frozenset(1, 2))
t(lambda: set([[1]]))
t(lambda: {1}.add([]))
t(lambda: hash(set()))
u = set()
u.add(1)
u.add((1, 2))
u.update([3], range(4, 6), {6: 0})
print(u)
u.discard(99)
u.discard(1)
u.remove(3)
t(lambda: u.remove(3))
t(lambda: u.remove([1]))
print(u, len(u), (1, 2) in u, [1] in u if False else None)
t(lambda: [1] in u)
v = set(range(10))
v.intersection_update([1, 2, 3, 99], range(2, 10))
print(v)
v.difference_update({2}, [3])
print(v)
v.symmetric_difference_update(range(5))
print(v)
v |= {10}
v &= {0, 1, 10, 11}
v -= {0}
v ^= {1, 2}
print(v)
w = v
w |= w
w &= w
print(w, w is v)
w -= w
print(w)
z = {5}
z ^= z
print(z)
t(lambda: v.__ior__([1]))
def ior():
    q = {1}
    q |= [2]
t(ior)
e = set()
t(lambda: e.pop())
p = set([4, 8, 15, 16, 23, 42])
print([p.pop() for _ in range(6)])
p = set(range(20))
p.clear()
print(p, len(p))
fs = frozenset({1, 2})
nested = {fs, frozenset(), frozenset({1})}
print(fs in nested, {1, 2} in nested, {9} in nested, len(nested))
nested.discard({1})
print(len(nested))
nested.remove({1, 2})
print(sorted(len(x) for x in nested))
t(lambda: nested.remove({7}))
print(frozenset(), frozenset([1, 1, 2]), set("aab") == {"a", "b"}, frozenset(fs) is fs, frozenset(fs) == fs)
class S(set):
    pass
class F(frozenset):
    pass
print(S(), S([1]), F(), F([2]), type(S([1]) | {2}).__name__, type(F([1]) | {2}).__name__, type(S([1]).copy()).__name__)
print(S([1, 2]) == {1, 2}, F([1]) == frozenset([1]), hash(F([1, 2])) == hash(frozenset([1, 2])))
rec = S()
print(repr(rec))
it = iter({1, 2, 3})
print(type(it).__name__, next(it), list(it), list(it))
m = {1, 2, 3}
def mutate():
    for x in m:
        m.add(x + 10)
t(mutate)
m = {1, 2, 3}
def mutate2():
    for x in m:
        m.discard(x)
t(mutate2)
print(sorted({"b", "a", "c"}), sorted(frozenset("xyz")), len({"a", "b"} | {"b", "c"}))
print({1, 2} == {1, 2}, {1, 2} != {2, 3}, {1, 2}.__ne__({1, 2}))
print(set([1, 2, 3]).isdisjoint(set()), set().issubset(set()), frozenset([1]).issuperset(frozenset()))
print(max({3, 1, 2}), min(frozenset([5, 4])), sum({1, 2, 3}), sorted({3, 1, 2}, reverse=True))
