# dict: construction, methods, errors, __missing__, |, mutation during iteration.
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(dict(), dict(a=1, b=2), dict([(1, 2), [3, 4]]), dict({1: 2}, x=3), dict(["ab", "cd"]))
print(dict(zip("abc", range(3))), dict({1: 1}.items()), dict(((i, i * i) for i in range(4))))
t(lambda: dict(1))
t(lambda: dict([1]))
t(lambda: dict([(1,)]))
t(lambda: dict([(1, 2, 3)]))
t(lambda: dict([(1, 2), "abc"]))
t(lambda: dict({}, {}))
t(lambda: dict([([], 1)]))
class M:
    def keys(self):
        return ["x", "y"]
    def __getitem__(self, k):
        return k * 2
print(dict(M()), dict(M(), z=1))
d = {}
d.update(M())
d.update([("p", 1)], q=2)
d.update(r=3)
print(d)
t(lambda: d.update(1))
t(lambda: d.update({}, {}))

d = {"a": 1, "b": 2, "c": 3}
print(d["a"], d.get("z"), d.get("z", 0), d.get("b", 0), "a" in d, "z" not in d, len(d))
t(lambda: d["z"])
t(lambda: d[[1]])
t(lambda: d.get())
t(lambda: {}[(1, 2)])
print(d.setdefault("a", 9), d.setdefault("n"), d.setdefault("m", []), d)
print(d.pop("n"), d.pop("zz", "dflt"), d)
t(lambda: d.pop("zz"))
t(lambda: {}.pop([1]))
t(lambda: {}.pop("x"))
print(d.popitem(), d.popitem(), d)
t(lambda: {}.popitem())
del d["a"]
print(d)
def delk():
    del d["q"]
t(delk)
d = dict.fromkeys("abc")
print(d, dict.fromkeys(range(3), 0), dict.fromkeys({1: 2}), dict.fromkeys({5, 6}, []))
t(lambda: dict.fromkeys())
t(lambda: dict.fromkeys(1))
c = d.copy()
c["z"] = 1
print(c, d, c == d, c != d, d == {"a": None, "b": None, "c": None})
d.clear()
print(d, len(d), bool(d))

print({1: 2} == {1: 2.0}, {1: 2} == {1: 3}, {1: 2} == {2: 2}, {} == {}, {1: 2}.__eq__([]), {1: 1} != {1: 1})
t(lambda: {1: 2} < {1: 3})
print({1: "a"} | {2: "b"}, {1: "a", 2: "x"} | {2: "b"}, {1: 1}.__or__([]))
e = {1: 1}
e |= {2: 2}
e |= [(3, 3)]
print(e)
t(lambda: {1: 1} | [(2, 2)])

class Dflt(dict):
    def __missing__(self, key):
        return f"missing {key}"
dd = Dflt(a=1)
print(dd["a"], dd["b"], dd.get("b"), "b" in dd, type(dd).__name__, dd)
class Counter(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0
cnt = Counter()
for ch in "hello world":
    cnt[ch] = cnt[ch] + 1
print(cnt, sorted(cnt.items()))
class D2(dict):
    pass
x = D2({1: 2})
print(x, type(x | {3: 4}).__name__, type(x.copy()).__name__, x == {1: 2})
t(lambda: x[5])

r = {}
r["self"] = r
print(r, {1: [r]})
print({1: "a", 2.5: None, "k": (1,), (1, 2): {3: 4}})
print({True: 1, 1: 2, 1.0: 3})
print({-0.0: "a", 0: "b"})

d = {i: i for i in range(5)}
def mutate_size():
    for k in d:
        d[k + 100] = 1
t(mutate_size)
d = {i: i for i in range(5)}
def mutate_keys():
    for k in d:
        del d[k]
        d[k + 100] = 1
t(mutate_keys)
d = {i: i for i in range(5)}
for k in d:
    d[k] = k * 10
print(d)
print(list(reversed(d)), list(reversed(d.items())), list(reversed(d.values())))
d = {1: 1, 2: 2, 3: 3}
del d[2]
d[4] = 4
del d[1]
print(d, list(d), list(reversed(d)), d.popitem(), d)
big = {}
for i in range(1000):
    big[str(i)] = i
for i in range(0, 1000, 2):
    del big[str(i)]
print(len(big), list(big)[:5], big["999"], sum(big.values()))
for i in range(1000):
    big[i] = i
print(len(big), list(big.items())[495:505])

class BadEq:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        d2.clear()
        return False
d2 = {BadEq(1): 1, BadEq(2): 2}
print(BadEq(1) in d2, len(d2))
class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v
    def __repr__(self):
        return f"Key({self.v})"
kd = {Key(1): "one", Key(2): "two"}
print(kd[Key(1)], Key(3) in kd, kd)
