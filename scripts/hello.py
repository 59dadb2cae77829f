"""A small tour of Krait: classes, closures, generators, f-strings, exceptions."""


class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area")

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, area={self.area():.2f})"


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__(f"{w}x{h}")
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Circle(Shape):
    PI = 3.141592653589793

    def __init__(self, r):
        super().__init__(f"r={r}")
        self.r = r

    def area(self):
        return self.PI * self.r ** 2


def make_counter(start=0):
    count = start

    def step(by=1):
        nonlocal count
        count += by
        return count

    return step


def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def take(n, it):
    return [x for _, x in zip(range(n), it)]


def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError as e:
        return f"error: {e}"
    finally:
        counter()


counter = make_counter()

shapes = [Rect(3, 4), Circle(1), Rect(2, 5)]
for s in sorted(shapes, key=lambda s: s.area()):
    print(s)
print(f"total area: {sum(s.area() for s in shapes):>10.3f}")

try:
    Shape("abstract").area()
except NotImplementedError as e:
    print(f"caught {type(e).__name__}: {e}")

print("fib:", take(12, fibonacci()))
evens = (x for x in fibonacci() if x % 2 == 0)
print("even fib:", take(6, evens))

print(safe_div(10, 4), safe_div(1, 0), f"(divisions: {counter(0)})")

words = "the quick brown fox jumps over the lazy dog the end".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print("top words:", ", ".join(f"{w}={n}" for w, n in top))

try:
    {"a": 1}["b"]
except KeyError as e:
    print("missing key:", e)
print(f"{'done':*^20}")
