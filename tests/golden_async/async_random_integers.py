# Seeded randint / randrange (with start, stop, step, negative ranges, huge ranges) and
# their errors.
import random

random.seed(2024)
print([random.randint(1, 6) for _ in range(20)])
print([random.randrange(10) for _ in range(10)])
print([random.randrange(5, 50, 5) for _ in range(10)])
print([random.randrange(-10, 10) for _ in range(10)])
print([random.randrange(100, 0, -7) for _ in range(8)])
print(random.randint(0, 10**30), random.randrange(2**70))
print(random.randint(5, 5))
for call in (lambda: random.randrange(0), lambda: random.randint(3, 1),
             lambda: random.randrange(1, 10, 0)):
    try:
        call()
    except ValueError as e:
        print("ValueError:", e)
