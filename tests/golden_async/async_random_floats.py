# Seeded uniform / triangular / gauss / normalvariate / expovariate sequences.
import random

random.seed(99)
print([random.uniform(1, 10) for _ in range(5)])
print([random.uniform(5, -5) for _ in range(3)])
print([random.triangular(0, 10, 3) for _ in range(3)])
print([random.gauss(0, 1) for _ in range(4)])
print([random.normalvariate(100, 15) for _ in range(3)])
print([random.expovariate(2.0) for _ in range(3)])
print([round(random.random(), 6) for _ in range(3)])
