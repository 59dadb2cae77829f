# The real-valued distributions with int and float arguments; results keep CPython's types.
import random

for seed in (0, 42, "dist"):
    r = random.Random(seed)
    print("seed", seed)
    print(" uniform", r.uniform(1, 3), r.uniform(-1.5, 2), r.uniform(5, 5), r.uniform(10, 0))
    print(" triangular", r.triangular(), r.triangular(1, 5, 2), r.triangular(0, 10), r.triangular(2, 2, 2),
          r.triangular(1, 1), r.triangular(high=4, low=2, mode=3.5), r.triangular(0, 1, 5))
    print(" gauss", r.gauss(), r.gauss(5, 2), r.gauss(), r.gauss(mu=1, sigma=0))
    print(" normal", r.normalvariate(), r.normalvariate(3, 0.5), r.normalvariate(10, 0))
    print(" lognorm", r.lognormvariate(0, 1), r.lognormvariate(1, 0.25))
    print(" expo", r.expovariate(1.5), r.expovariate(1), r.expovariate(-2))
    print(" vonmises", r.vonmisesvariate(1, 4), r.vonmisesvariate(0, 0), r.vonmisesvariate(3, 1e-7),
          r.vonmisesvariate(-1, 0.5), r.vonmisesvariate(2, 100))
    print(" gamma", r.gammavariate(0.5, 1), r.gammavariate(1, 2), r.gammavariate(3.5, 1.5),
          r.gammavariate(10, 1), r.gammavariate(0.01, 3))
    print(" beta", r.betavariate(2, 3), r.betavariate(0.5, 0.5), r.betavariate(1, 1))
    print(" pareto", r.paretovariate(2.5), r.paretovariate(1))
    print(" weibull", r.weibullvariate(1, 1.5), r.weibullvariate(2, 0.5))

# Result types follow the arithmetic on the arguments.
r = random.Random(1)
print(type(r.uniform(1, 2)).__name__, r.triangular(3, 3, 3), type(r.triangular(3, 3, 3)).__name__)
print(r.gauss(True, False), r.normalvariate(0, 0))

# gauss keeps its second value in gauss_next; seeding clears it.
r = random.Random(5)
g1 = r.gauss()
print(r.gauss_next is not None, r.gauss() == random.Random(5).gauss(), r.gauss_next)
r.gauss()
r.seed(5)
print(r.gauss_next, r.gauss() == g1)
r.gauss_next = 2.5
print(r.gauss(), r.gauss(10, 2) != 10 + 2.5 * 2)

# Module-level functions.
random.seed(3)
print(random.uniform(0, 1), random.gauss(0, 1), random.expovariate(2), random.betavariate(2, 2))
print(random.triangular(0, 1), random.normalvariate(), random.lognormvariate(0, 0.5))
print(random.vonmisesvariate(0, 1), random.gammavariate(2, 2), random.paretovariate(3),
      random.weibullvariate(1, 2))

# Means over many draws land near the expected values.
r = random.Random(2)
n = 20000
print(abs(sum(r.gauss(0, 1) for _ in range(n)) / n) < 0.05)
print(abs(sum(r.expovariate(2) for _ in range(n)) / n - 0.5) < 0.02)
print(abs(sum(r.uniform(0, 10) for _ in range(n)) / n - 5) < 0.1)
