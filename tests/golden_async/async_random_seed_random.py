# random.seed(n) then random(): the exact Mersenne Twister sequence CPython produces, for
# several int seeds; reseeding repeats the sequence.
import random

for seed in (0, 1, 42, 2**32 + 5, -7, 12345678901234567890):
    random.seed(seed)
    print(seed, [random.random() for _ in range(5)])
random.seed(42)
a = [random.random() for _ in range(3)]
random.seed(42)
b = [random.random() for _ in range(3)]
print(a == b)
print(random.getrandbits(1), random.getrandbits(31), random.getrandbits(64), random.getrandbits(100))
