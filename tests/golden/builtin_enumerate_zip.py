print(list(enumerate("abc")), list(enumerate("ab", 1)), list(enumerate([], 5)), list(enumerate("x", start=-1)))
e = enumerate("hi")
print(next(e), next(e), type(e).__name__)
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip("a", "b", "c")))
print(dict(zip(["k1", "k2"], [1, 2])), list(zip(*[(1, "a"), (2, "b")])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(zip(range(3), range(10, 13), strict=True)))
for i, (a, b) in enumerate(zip("xy", "XY")):
    print(i, a, b)
