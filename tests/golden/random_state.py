# getstate/setstate round trips, the state's layout, version 2 states, and independent Random
# instances.
import random

r = random.Random(42)
st = r.getstate()
print(type(st).__name__, len(st), st[0], type(st[1]).__name__, len(st[1]), st[2])
print(st[1][:4], st[1][-1])
a = [r.random() for _ in range(5)]
r.setstate(st)
b = [r.random() for _ in range(5)]
print(a == b, a)
print(r.getstate()[1][-1], r.getstate()[1][:2])

# After 624 words the state is regenerated.
r = random.Random(7)
for _ in range(312):
    r.random()
print(r.getstate()[1][-1], r.getstate()[1][:2])
r.random()
print(r.getstate()[1][-1], r.getstate()[1][:2])

# gauss_next is part of the state.
r = random.Random(9)
r.gauss()
st = r.getstate()
print(st[2] is not None, st[2] == r.gauss_next)
g = r.gauss()
r.setstate(st)
print(r.gauss() == g)

# A state from another generator; setstate on a list of the same items.
r1 = random.Random(1)
r2 = random.Random(2)
r2.setstate(r1.getstate())
print(r1.random() == r2.random(), r1.randint(1, 10**20) == r2.randint(1, 10**20))
r2.setstate([3, r1.getstate()[1], None])
print(r1.random() == r2.random())
r2.setstate((3.0, r1.getstate()[1], 1.5))
print(r2.gauss_next, r2.gauss())

# Version 2 states held signed words.
r = random.Random(123)
st = r.getstate()
signed = tuple(x - 2**32 if x >= 2**31 else x for x in st[1][:-1]) + (st[1][-1],)
r2 = random.Random()
r2.setstate((2, signed, None))
print(r2.getstate() == st, r2.random() == r.random())

# Words are truncated to 32 bits, as CPython's C setstate does.
r = random.Random()
r.setstate((3, (2**32 + 5,) * 624 + (624,), None))
print(r.getstate()[1][:3], r.random())
r.setstate((3, (True,) * 624 + (0,), None))
print(r.getstate()[1][:3], r.random())

# Failed setstate after the unpacking leaves gauss_next set, as random.py does.
r = random.Random(1)
try:
    r.setstate((3, (0,) * 623 + ("a", 1), 7))
except TypeError as e:
    print("TypeError:", e, r.gauss_next)

# Instances have independent state; the module functions share _inst.
x, y = random.Random(5), random.Random(5)
xs = [x.random() for _ in range(3)]
y.random()
print(xs[0] != y.random(), xs[1] == y.random() or "diverged")
random.seed(5)
print(random.random() == random.Random(5).random())
st = random.getstate()
v = random.random()
random.setstate(st)
print(random.random() == v, random.getstate() == random._inst.getstate())

# Re-initialising an instance reseeds it.
r = random.Random(10)
r.random()
r.__init__(10)
print(r.random() == random.Random(10).random())

print(random.Random.VERSION, random.Random(1).VERSION, random.Random, random.SystemRandom)
print(isinstance(random._inst, random.Random), type(random.Random(1)) is random.Random)
