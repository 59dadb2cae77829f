def g():
    yield 1
it = g()
print(it.gi_running, it.gi_frame is not None)
next(it)
try:
    next(it)
except StopIteration:
    pass
print(it.gi_frame)
def counter():
    i = 0
    while True:
        cmd = yield i
        if cmd == "reset":
            i = 0
        else:
            i += 1
c = counter()
print(next(c), next(c), next(c), c.send("reset"), next(c))
def pipeline():
    nums = (i for i in range(10))
    evens = (n for n in nums if n % 2 == 0)
    squares = (e * e for e in evens)
    return list(squares)
print(pipeline())
