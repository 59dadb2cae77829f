# random.Random instances are independent generators; seeding with str/bytes; getstate /
# setstate replay a sequence.
import random

a = random.Random(5)
b = random.Random(5)
print(a.random() == b.random(), a.randint(0, 1000), b.randint(0, 1000))
s = random.Random("a string seed")
print(s.random(), s.randrange(1000))
t = random.Random(b"bytes seed")
print(t.random())
random.seed(3)
state = random.getstate()
first = [random.random() for _ in range(3)]
random.setstate(state)
print(first == [random.random() for _ in range(3)])
c = random.Random()
c.seed(11)
d = random.Random(11)
print(c.random() == d.random(), c.choice("xyz"), d.choice("xyz"))
print(isinstance(random.random(), float), 0.0 <= random.random() < 1.0)
