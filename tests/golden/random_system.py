# SystemRandom: the OS's entropy, without state (only properties are printed).
import random

s = random.SystemRandom()
print(type(s).__name__, isinstance(s, random.Random), random.SystemRandom(5) is not None)
x = s.random()
print(type(x).__name__, 0.0 <= x < 1.0)
print(0 <= s.getrandbits(100) < 2**100, s.getrandbits(0), type(s.getrandbits(5)).__name__)
print(len(s.randbytes(7)), s.randbytes(0), s.randint(3, 3), s.randrange(1))
print(sorted(s.sample(range(6), 6)), len(s.choices("ab", k=4)), s.choice([9]))
L = list(range(10))
s.shuffle(L)
print(sorted(L) == list(range(10)), type(s.gauss()).__name__, type(s.uniform(1, 2)).__name__)
print(s.seed(1, 2, x=3), s.seed())
for f, args in [(s.getstate, ()), (s.setstate, (1, 2)), (s.getrandbits, (-1,)),
                (s.getrandbits, ("a",)), (s.randbytes, (-1,)), (s.random, (1,)),
                (random.SystemRandom, (1, 2))]:
    try:
        f(*args)
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(len({s.getrandbits(64) for _ in range(10)}) == 10)
print(random.__all__)
