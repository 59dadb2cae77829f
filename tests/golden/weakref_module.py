# weakref: ref with callbacks, the weak dictionaries and set, WeakMethod, finalize, proxies.
# Krait clears references at a collection (gc.collect()), CPython when the count drops.
import gc
import weakref


class A:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"A({self.name!r})"

    def method(self):
        return "method of " + self.name


a = A("a")
r = weakref.ref(a)
print(r() is a, r(), r.__callback__, type(r).__name__, type(r).__module__)
print(weakref.getweakrefcount(a) >= 1, isinstance(r, weakref.ref), weakref.ReferenceType is weakref.ref)
events = []
r2 = weakref.ref(a, lambda ref: events.append(("collected", ref is r2, ref())))
del a
gc.collect()
print(r(), r2(), events)

for obj in [1, "s", (1,), [1], {1: 2}, None, 2.5, b"b"]:
    try:
        weakref.ref(obj)
    except TypeError as e:
        print(e)


def f():
    pass


class S:
    __slots__ = ("x",)


class SW:
    __slots__ = ("x", "__weakref__")


for obj in [f, A, {1}, frozenset(), S(), SW(), A.method, gc]:
    try:
        weakref.ref(obj)
        print("ok", type(obj).__name__)
    except TypeError as e:
        print(e)

# Hash and equality follow the referent while it lives.
x, y = A("x"), A("y")
rx1, rx2, ry = weakref.ref(x), weakref.ref(x), weakref.ref(y)
print(rx1 == rx2, rx1 == ry, rx1 != ry, hash(rx1) == hash(x))
d = {rx1: 1}
print(d[rx2])

# WeakValueDictionary
cache = weakref.WeakValueDictionary()
objs = [A(str(i)) for i in range(5)]
for o in objs:
    cache[o.name] = o
print(len(cache), sorted(cache.keys()), cache["3"], cache.get("9", "missing"), "2" in cache)
del objs[1:3]
gc.collect()
print(len(cache), sorted(cache.keys()), sorted(v.name for v in cache.values()))
print(sorted(k for k, v in cache.items()))
print(cache.pop("0"), cache.setdefault("new", objs[-1]), len(cache))

# WeakKeyDictionary
meta = weakref.WeakKeyDictionary()
k1, k2 = A("k1"), A("k2")
meta[k1] = "one"
meta[k2] = "two"
print(len(meta), meta[k1], k2 in meta, sorted(meta.values()))
del k2
gc.collect()
print(len(meta), [k.name for k in meta.keys()], list(meta.items()))

# WeakSet
ws = weakref.WeakSet()
m1, m2 = A("m1"), A("m2")
ws.add(m1)
ws.add(m2)
ws.add(m1)
print(len(ws), m1 in ws, sorted(o.name for o in ws))
del m1
gc.collect()
print(len(ws), [o.name for o in ws])

# WeakMethod
obj = A("wm")
wm = weakref.WeakMethod(obj.method)
print(wm()(), wm() == obj.method)
del obj
gc.collect()
print(wm())
try:
    weakref.WeakMethod(f)
except TypeError as e:
    print(e)

# finalize
class Resource:
    pass


res = Resource()
fin = weakref.finalize(res, print, "finalizer ran", 42)
print(fin.alive, fin.peek()[1:])
del res
gc.collect()
print(fin.alive, fin())
res2 = Resource()
fin2 = weakref.finalize(res2, lambda: "called")
print(fin2(), fin2(), fin2.alive, fin2.detach())

# proxy
p_obj = A("proxied")
p = weakref.proxy(p_obj)
print(p.name, p.method(), type(p).__name__)
p.name = "renamed"
print(p_obj.name)
lst_holder = A("l")
del p_obj
gc.collect()
try:
    p.name
except ReferenceError as e:
    print("ReferenceError:", e)
cp = weakref.proxy(f)
print(type(cp).__name__, cp())

# Callback exceptions are reported, not raised.
z = A("z")
class BadCallback:
    def __call__(self, ref):
        raise ValueError("in callback")

    def __repr__(self):
        return "<BadCallback>"


rz = weakref.ref(z, BadCallback())
del z
import sys
sys.stderr = sys.stdout
gc.collect()
print("after bad callback")
