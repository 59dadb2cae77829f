# randrange's 3.11 deprecation of non-integer arguments: an integral float still works (with a
# DeprecationWarning shown when the caller is __main__, once per line), a non-integral one is a
# ValueError. Through randint, whose frame is in random.py, nothing is shown.
import random

r = random.Random(1)
print(r.randrange(10.0))
print(r.randrange(2.0, 10.0))
print(r.randrange(0, 10, 2.0))
for i in range(3):
    print(r.randrange(5.0))  # shown once for this line
random.seed(2)
print(random.randrange(3.0))


def f():
    return r.randrange(7.0)


print(f(), f())
print(r.randint(1.0, 5.0), r.randint(2, 4.0))
for args in [(1.5,), (0, 2.5), (0, 10, 1.5)]:
    try:
        r.randrange(*args)
    except ValueError as e:
        print("ValueError:", e)
try:
    r.randint(1, 2.5)
except ValueError as e:
    print("ValueError:", e)
try:
    r.randrange("5")
except ValueError as e:
    print("ValueError:", e)


class Half:
    def __int__(self):
        return 3

    def __eq__(self, other):
        return other == 3


print(r.randrange(Half()))
