def gen():
    print("start")
    yield 1
    print("between")
    yield 2
    print("end")
g = gen()
print("created")
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
try:
    next(g)
except StopIteration:
    print("still exhausted")
print(list(gen()))
def squares(n):
    for i in range(n):
        yield i * i
print(sum(squares(10)), list(squares(4)), max(squares(5)))
print(iter(g) is g)
