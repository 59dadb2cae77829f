def g():
    x = yield
    print("x =", x)
    y = (yield x * 2) + 1
    print("y =", y)
    yield y
it = g()
print(next(it))
print(it.send(5))
print(it.send(10))
def two_way():
    result = []
    while len(result) < 3:
        item = yield len(result)
        result.append(item)
    yield result
t = two_way()
next(t)
t.send("a")
t.send("b")
print(t.send("c"))
