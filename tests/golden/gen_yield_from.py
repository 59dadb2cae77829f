def inner():
    x = yield "i1"
    print("inner got", x)
    yield "i2"
    return "inner-result"
def outer():
    r = yield from inner()
    print("outer got result", r)
    yield from [10, 20]
    yield from range(2)
    return "outer-done"
g = outer()
print(next(g))
print(g.send("sent"))
print(next(g))
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("final", e.value)
def flatten(x):
    if isinstance(x, list):
        for y in x:
            yield from flatten(y)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]]])))
def chain(*its):
    for it in its:
        yield from it
print(list(chain("ab", (1, 2), {3: 0})))
