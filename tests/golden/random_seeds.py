# random.seed / random.Random(seed) for every kind of seed: the sequences must be CPython's
# (Mersenne Twister init_by_array on the seed's 32-bit words; str/bytes via SHA-512).
import random

seeds = [
    0, 1, 42, -42, 2**31, 2**32 - 1, 2**32, 2**64 - 1, 2**64 + 5, -(2**100) - 7, 10**50,
    123456789012345678901234567890, True, False,
    1.5, -2.25, 0.0, -0.0, 1e300, 3.0, 2.0**70, float("inf"), float("-inf"),
    "hello", "", "héllo wörld ✓", "a" * 1000, b"bytes", b"", bytes(range(256)),
]
for s in seeds:
    r = random.Random(s)
    label = repr(s) if len(repr(s)) < 40 else repr(s)[:37] + "..."
    print(label, r.random(), r.random(), r.getrandbits(32), r.getrandbits(64))

# Version 1 seeding of str and bytes (Python 2's string hash).
for s in ["abc", b"abc", "", b"", "abc\u1234", "x" * 100]:
    r = random.Random()
    r.seed(s, version=1)
    print("v1", repr(s)[:20], r.random(), r.randrange(1000))
r = random.Random()
r.seed(17, version=1)
print("v1 int", r.random())
r.seed(1.5, version=1)
print("v1 float", r.random())
r.seed("abc", version=2.0)
print("version 2.0", r.random())
r.seed("abc", version=True)
print("version True", r.random())

# The module-level functions share one hidden instance.
random.seed(12345)
a = [random.random() for _ in range(3)]
random.seed(12345)
b = [random.random() for _ in range(3)]
print(a == b, a)
random.seed(a=99)
print(random.random(), random.randint(1, 6), random.choice("abcdef"))
random.seed(2024, version=2)
print(random.getrandbits(100))
print(random._inst.random() != 2, type(random._inst).__name__)

# Unseeded generators work (values not printed: they come from the OS).
r = random.Random()
x = r.random()
print(0.0 <= x < 1.0, type(x).__name__)
random.seed()
random.seed(None)
print(0 <= random.randrange(10) < 10)
r1, r2 = random.Random(), random.Random()
print(r1.getstate() != r2.getstate())
