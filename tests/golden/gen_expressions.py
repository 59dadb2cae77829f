g = (x * x for x in range(5))
print(type(g).__name__, list(g), list(g))
print(sum(x for x in range(101)), max(len(w) for w in ["a", "abc", "ab"]))
print(list((a, b) for a in range(3) for b in range(a)))
print(list(x for x in range(20) if x % 3 == 0 if x % 2 == 0))
print(any(x > 3 for x in [1, 5]), all(x > 0 for x in []))
print(",".join(str(i) for i in range(4)))
n = 10
g = (i + n for i in range(3))
n = 100
print(list(g))
xs = [1, 2, 3]
g = (x for x in xs)
xs = [9]
print(list(g))
print(sorted((v for v in "hello"), reverse=True))
