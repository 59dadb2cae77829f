def naturals():
    n = 0
    while True:
        yield n
        n += 1
for n in naturals():
    if n * n > 50:
        print("first square over 50:", n)
        break
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
print(list(zip(naturals(), "abc")))
print(list(map(lambda x: x * 2, zip(range(3), naturals()))))
def take(n, it):
    return [x for _, x in zip(range(n), it)]
print(take(5, (x for x in naturals() if x % 7 == 3)))
evens = filter(lambda x: x % 2 == 0, naturals())
print(next(evens), next(evens), next(evens))
