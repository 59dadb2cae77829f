def countdown(n):
    while n > 0:
        yield n
        n -= 1
print(list(countdown(5)), sum(countdown(100)))
def first_n(it, n):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
print(list(first_n(countdown(10), 3)))
print(type(countdown).__name__, type(countdown(1)).__name__)
print(countdown.__name__, countdown(3).__name__, countdown(3).__qualname__)
