# getrandbits, randrange, randint and randbytes: small and big ranges, every step sign.
import random

r = random.Random(8675309)
print([r.getrandbits(k) for k in (0, 1, 2, 7, 8, 31, 32, 33, 48, 63, 64, 65, 100)])
print(r.getrandbits(1000))
print(r.getrandbits(True), type(r.getrandbits(3)).__name__)

print([r.randrange(10) for _ in range(20)])
print([r.randrange(5, 10) for _ in range(20)])
print([r.randrange(0, 100, 7) for _ in range(10)])
print([r.randrange(100, 0, -7) for _ in range(10)])
print([r.randrange(-50, -10, 3) for _ in range(10)])
print([r.randrange(1) for _ in range(5)])
print([r.randint(-3, 3) for _ in range(20)])
print([r.randint(7, 7) for _ in range(3)])
print(r.randrange(2**64), r.randrange(2**64 + 1), r.randrange(2**100))
print(r.randrange(-(2**80), 2**80), r.randrange(10**30, 10**31, 10**20))
print(r.randrange(2**200, 0, -(2**100)), r.randint(-(10**40), 10**40))
print(r.randrange(2**47 - 5, 2**47 + 5), r.randrange(-(2**47), 2**47))
print(r.randrange(10, step=1), r.randrange(10, None), r.randrange(start=3, stop=9, step=2))
print(r.randint(a=1, b=10), r.randint(1, b=2))
print(r.randrange(True, 10), r.randint(False, True))

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

print(r.randrange(Idx(10)), r.randrange(Idx(5), Idx(50), Idx(5)))

print(r.randbytes(0), r.randbytes(1), r.randbytes(10), r.randbytes(33))
print(r._randbelow(10), r._randbelow(2**70))

# Distribution sanity: every value of a small range comes up.
counts = [0] * 6
for _ in range(6000):
    counts[r.randint(1, 6) - 1] += 1
print(all(800 < c < 1200 for c in counts))

# The same stream from module functions after seeding.
random.seed(5)
print(random.randrange(1000), random.randint(1, 1000), random.getrandbits(40), random.randbytes(4))
