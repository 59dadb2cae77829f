a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([9], (8,)), a.intersection(range(3)), a.issubset({1, 2, 3, 4, 5}), {1} <= a, {1} < a, a < a)
print(a.issuperset({1, 2}), a >= {1}, a > a, a.isdisjoint({7}), a.isdisjoint(b))
s = set()
s.add(3); s.add(1); s.add(3)
print(s, len(s))
s.discard(3); s.discard(42)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
s.update([5, 6], {7})
print(s, s.pop() in {1, 5, 6, 7})
c = a.copy(); c.clear()
print(c, a, set(), set([3, 3, 1]), set("aab") == {"a", "b"})
a |= {10}; a &= {1, 2, 10}; a -= {1}; a ^= {2, 20}
print(a)
print({1, 2} == {2, 1}, {1} != {1, 2}, 2 in {1, 2}, [] == list(set()))
print(sorted({"pear", "apple", "fig"}), sorted({"x", "y"} | {"a"}))
