# choice, shuffle, sample and choices for a few seeds: the exact sequences CPython gives.
import random

for seed in (0, 1, 99, "seq", 2**70):
    r = random.Random(seed)
    print("seed", seed)
    print(" choice", [r.choice([10, 20, 30, 40]) for _ in range(8)], r.choice("xyz"),
          r.choice(range(1000)), r.choice((None,)))
    L = list(range(20))
    r.shuffle(L)
    print(" shuffle", L)
    L = list("abcdefghij")
    r.shuffle(L)
    print(" shuffle", "".join(L))
    print(" sample", r.sample(range(100), 10), r.sample("abcdefgh", 3), r.sample((1, 2, 3), 3))
    print(" sample", r.sample(range(10**6), 5), r.sample(range(50), 0))
    print(" sample big k", r.sample(range(10000), 30)[:10], sorted(r.sample(range(40), 40)) == list(range(40)))
    print(" sample counts", r.sample(["red", "blue"], counts=[4, 2], k=5), r.sample("ab", 3, counts=[2, 1]))
    print(" choices", r.choices("abc", k=5), r.choices(range(5), [1, 2, 3, 4, 5], k=6))
    print(" choices", r.choices([1, 2, 3], cum_weights=[1, 1.5, 10], k=4), r.choices("xy", k=0),
          r.choices("xy"), r.choices("xyz", weights=[0, 0, 1], k=3))
    print(" choices", r.choices(["a", "b"], weights=[0.25, 0.75], k=6), r.choices(range(3), [1, 2, 3]))

# shuffle works on any mutable sequence, through __getitem__/__setitem__.
class Seq:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v

r = random.Random(3)
s = Seq(list(range(10)))
r.shuffle(s)
print(s.items)
r = random.Random(3)
L = list(range(10))
r.shuffle(L)
print(L == s.items)

class MyList(list):
    pass

r = random.Random(4)
m = MyList(range(10))
r.shuffle(m)
print(m, type(m).__name__)
r.shuffle([])
r.shuffle([1])
print(r.choice({0: "zero", 1: "one"}))

# A sample of a large population uses a set of selected indices; of a small one, a pool.
r = random.Random(11)
print(r.sample(range(100), 50) == random.Random(11).sample(list(range(100)), 50))
print(r.sample(range(21), 3), r.sample(range(22), 3), r.sample(range(85), 6), r.sample(range(86), 6))

# The module-level functions.
random.seed(7)
print(random.choice("hello"), random.sample(range(10), 3), random.choices("ab", k=4))
L = list(range(8))
random.shuffle(L)
print(L)
