print({x: x * x for x in range(5)})
print({k: v for k, v in [("a", 1), ("b", 2), ("a", 3)]})
print({v: k for k, v in {"x": 1, "y": 2}.items()})
print({x % 3 for x in range(10)})
print(sorted({c for c in "mississippi"}))
print({(a, b): a * b for a in range(2) for b in range(2)})
print({x: [y for y in range(x)] for x in range(4)})
words = ["apple", "bob", "cat", "avocado", "banana"]
by_letter = {w[0]: [v for v in words if v[0] == w[0]] for w in words}
print(by_letter)
print(sorted({i for i in range(5) if i % 2} | {10}))
