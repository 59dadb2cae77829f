def g(n):
    for i in range(n):
        yield i
print(list(zip(g(3), g(5))), dict(zip("abc", g(3))))
print(list(map(str, g(3))), list(filter(None, g(4))), list(enumerate(g(3), 1)))
print(sorted(g(5), reverse=True), min(g(5)), tuple(g(2)), set(g(3)))
print(" ".join(map(str, reversed(list(g(4))))))
a, b, c = g(3)
print(a, b, c)
print([*g(3), *g(2)])
print(sum(g(10), 100))
print(sorted(x % 3 for x in g(7)))
it = g(5)
print(3 in it, list(it))
