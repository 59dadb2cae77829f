# enumerate, zip, map, filter, reversed and iter(callable, sentinel).
def t(s):
    try:
        print(s, "->", repr(eval(s)))
    except Exception as e:
        print(s, "->", type(e).__name__ + ":", e)

class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
class NotRev:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
class Shrinking:
    def __init__(self):
        self.data = [1, 2, 3, 4]
    def __len__(self):
        return len(self.data)
    def __getitem__(self, i):
        return self.data[i]

for s in [
    "list(enumerate('ab'))", "list(enumerate('ab', 5))", "list(enumerate('ab', start=-2))",
    "list(enumerate([], 3))", "list(enumerate('a', 2**70))", "list(enumerate('a', 1.5))",
    "list(enumerate(iterable='xy'))", "enumerate()", "enumerate(start=1)", "list(enumerate(iterable='a', start=1))", "list(enumerate(start=1, iterable='a'))", "enumerate(x=1, start=1)", "enumerate(5)",
    "enumerate('a', 1, 2)", "type(enumerate('')).__name__", "iter(enumerate('')) is not None",
    "list(zip())", "list(zip('ab'))", "list(zip('abc', [1, 2]))", "list(zip('ab', 'cd', 'ef'))",
    "list(zip('ab', [1, 2], strict=True))", "list(zip('abc', [1, 2], strict=True))",
    "list(zip('ab', [1, 2, 3], strict=True))", "list(zip('a', 'b', 'cd', strict=True))",
    "list(zip('ab', 'b', 'cd', strict=True))", "list(zip('ab', 'cd', 'e', strict=True))",
    "list(zip(strict=True))", "list(zip('ab', strict=0))", "zip('a', bad=1)", "zip(1)",
    "list(map(str, [1, 2]))", "list(map(lambda a, b: a + b, 'ab', 'xyz'))", "list(map(len, []))",
    "map(str)", "map()", "map(str, 1)", "map(str, [], x=1)", "list(map(int, ['1', 'x']))",
    "list(filter(None, [0, 1, '', 'a', None]))", "list(filter(bool, [0, 2]))",
    "list(filter(lambda x: x % 2, range(7)))", "filter(None)", "filter(None, 1)",
    "filter(None, [], x=1)",
    "list(reversed([1, 2, 3]))", "list(reversed((1, 2, 3)))", "list(reversed('abc'))",
    "list(reversed(range(4)))", "list(reversed(Seq()))", "reversed({1})", 
    "reversed(5)", "reversed(NotRev())", "reversed()", "reversed([], [])",
    "type(reversed((1,))).__name__", "reversed((1, 2)).__length_hint__()",
    "list(iter(iter([1, 2, 0, 3]).__next__, 0))", "iter(1, 2)",
]:
    t(s)

it = iter([4, 5, 6])
calls = []
def f():
    calls.append(1)
    return next(it)
print(list(iter(f, None)), len(calls))

r = reversed(Shrinking())
first = next(r)
print(first)

e = enumerate("xyz")
print(next(e), next(e), next(e), next(e, "end"))
z = zip([1, 2], [3])
print(next(z), next(z, "end"), next(z, "end"))
m = map(lambda x: 1 / x, [1, 0])
print(next(m))
try:
    next(m)
except ZeroDivisionError as err:
    print("ZeroDivisionError:", err)

class Stopper:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n
print(list(iter(Stopper(), 99)))

class CountDown:
    def __init__(self):
        self.n = 2
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration("finished", 0)
        self.n -= 1
        return self.n
c = CountDown()
print(next(c), next(c), next(c, "dflt"))
try:
    next(c)
except StopIteration as stop:
    print("StopIteration", stop.args)

def g():
    yield 1
    return "ret"
gen = g()
print(next(gen), next(gen, "dflt"), next(gen, "again"))
gen = g()
next(gen)
try:
    next(gen)
except StopIteration as stop:
    print("StopIteration", stop.args, stop.value)
try:
    next(gen)
except StopIteration as stop:
    print("StopIteration", stop.args, stop.value)
