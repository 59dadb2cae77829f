# dict views: repr, len, membership, iteration, reversed, set operations and comparisons.
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

d = dict.fromkeys([17, 1, 2, 3, 4], 0)
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, len(k), len(v), len(it))
print(3 in k, 99 in k, (3, 0) in it, (3, 1) in it, 3 in it, [3] in it, 0 in v, (1, 2, 3) in it)
print(list(k), list(v), list(it), list(reversed(k)), list(reversed(it)), list(reversed(v)))
d[50] = 5
print(k, len(v), it)
print(k - set(), k | set(), k ^ set(), k & {17, 1, 2, 3, 4, 5}, set() | k, set() ^ k)
print(k - [], k | [], k ^ [], [] | k, k & [17, 1, 2, 3, 4], {99: 1}.keys() | k, k - {1: 0}.keys())
print(it | {(1, 0)}, it & {(1, 0), (2, 2)}, it - {(17, 0)}, {(1, 0)} - it)
e = dict.fromkeys([17, 1, 2, 3, 4], 1)
print(d.items() ^ e.items())
print(d.items() | e.items())
print(k == set(k), k == {1}, k != {1}, k < set(range(100)), k <= set(k), k > {1}, k >= k, k == [17])
print(it == set(it), {}.keys() == set(), {}.items() < {(1, 2)}, k == e.keys(), k == list(k))
print(v == v, v == d.values(), k.isdisjoint([5, 6]), k.isdisjoint({1}), it.isdisjoint([]), k.isdisjoint(k))
t(lambda: k | 1)
t(lambda: k & 1)
t(lambda: k < 1)
t(lambda: hash(k))
t(lambda: k[0])
print(type(k).__name__, type(v).__name__, type(it).__name__)
print(type(iter(k)).__name__, type(iter(v)).__name__, type(iter(it)).__name__)
print({}.keys(), {}.values(), {}.items())
n = {"a": {"b": 1}}
n["self"] = n.values()
print(n["a"], len(n.values()))
ks = d.keys()
i1 = iter(ks)
next(i1)
d[1000] = 1
t(lambda: next(i1))
t(lambda: next(i1))
vals = iter(d.values())
print(next(vals), list(vals))
items = sorted(d.items())
print(items)
for key, val in d.items():
    print(key, val, end="; ")
print()
print(sorted(d), sorted(d.values()), max(d.keys()), min(d.items()))
