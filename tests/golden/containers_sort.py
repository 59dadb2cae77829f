# list.sort: stability, reverse, key functions, errors, mutation during sort.
class K:
    def __init__(self, v, tag):
        self.v = v
        self.tag = tag
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"{self.v}{self.tag}"

items = [K(i % 5, chr(97 + i)) for i in range(20)]
print(sorted(items))
print(sorted(items, reverse=True))
print(sorted(items, key=lambda k: -k.v))
seed = 12345
data = []
for _ in range(3000):
    seed = (seed * 1103515245 + 12345) % 2147483648
    data.append(seed % 1001)
s = sorted(data)
print(s == sorted(data, key=lambda x: x), s[:10], s[-10:])
print(sorted(data, reverse=True)[:10])
runs = list(range(500)) + list(range(500, 0, -1)) + list(range(250)) * 3
print(sorted(runs)[::97])
pairs = [(x % 7, x) for x in data[:200]]
print(sorted(pairs)[:8], sorted(pairs, key=lambda p: p[0])[:8])
words = ["b", "A", "c", "B", "a", "C"] * 3
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=str.lower, reverse=True))
print(sorted([3.5, 1, 2.25, -1, 0.0, 10]))

# Comparison errors propagate and leave a permutation.
l = [3, 1, "x", 2, 5]
try:
    l.sort()
except TypeError as e:
    print("TypeError:", e)
print(sorted(l, key=str))

def bad_key(x):
    if x == 7:
        raise ValueError("bad key")
    return x
l = list(range(10, 0, -1))
try:
    l.sort(key=bad_key)
except ValueError as e:
    print("ValueError:", e)
print(l)

class Boom:
    n = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        Boom.n += 1
        if Boom.n == 40:
            raise RuntimeError("boom")
        return self.v < other.v
l = [Boom(v) for v in data[:100]]
try:
    l.sort()
except RuntimeError as e:
    print("RuntimeError:", e)
print(len(l), sorted(b.v for b in l) == sorted(data[:100]))

# Mutation during sort.
l = [5, 3, 1, 4]
def mutating_key(x):
    l.append(x)
    return x
try:
    l.sort(key=mutating_key)
except ValueError as e:
    print("ValueError:", e)
print(l)
l = [5, 3, 1, 4]
def peek(x):
    print("during sort:", l)
    return x
l.sort(key=peek)
print(l)

# Keyword handling.
try:
    [1].sort(1)
except TypeError as e:
    print("TypeError:", e)
try:
    [1].sort(foo=1)
except TypeError as e:
    print("TypeError:", e)
l = [2, 1]
l.sort(key=None, reverse=1)
print(l)
print(sorted([]), sorted([1]), sorted((3, 2, 1)), sorted({3: 0, 1: 0}), sorted("cab"))

# Count comparisons (timsort's sequence matters for side effects).
calls = []
class C:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        calls.append((self.v, other.v))
        return self.v < other.v
sorted([C(v) for v in [5, 2, 8, 1, 9, 3, 7, 4, 6, 0]])
print(len(calls), calls[:12])
calls.clear()
sorted([C(v) for v in data[:300]])
print(len(calls))
