pairs = [(1, "a"), (2, "b"), (3, "c")]
print([n for n, _ in pairs], [s * n for n, s in pairs])
print({s: n for n, s in pairs})
print([(a, rest) for a, *rest in [(1, 2, 3), (4, 5)]])
print([x for (x, y), z in [((1, 2), 3), ((4, 5), 6)]])
print(dict(sorted({"b": 2, "a": 1}.items())))
print([*[x for x in range(2)], *{y for y in range(2, 4)}])
