print(list(), list("abc"), list((1, 2)), list(range(3)), list({"k": 1}), list(x for x in "hi"))
print(tuple(), tuple([1, 2]), tuple("ab"), tuple({1: 2}))
print(dict(), dict(a=1), dict([("k", "v"), ("k2", "v2")]), dict({"x": 1}, y=2), dict(zip("ab", [1, 2])))
print(set(), set([1, 1, 2]), set((3,)), sorted(set("hello")), frozenset([1]))
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print("ValueError:", e)
try:
    list(5)
except TypeError as e:
    print("TypeError:", e)
