d = {"x": 1, "y": 2, "z": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(list(k), list(v), list(i))
d["w"] = 4
print(len(k), list(k), "w" in k, 4 in v, ("w", 4) in i)
print(k & {"x", "q"}, sorted(k | {"q"}), sorted(k - {"x"}))
print(type(k).__name__, type(v).__name__, type(i).__name__)
for key, val in d.items():
    print(key, val, end="; ")
print()
print(list(reversed(d)), list(reversed(d.values())))
print(d.keys() == {"x", "y", "z", "w"}, sorted(d.values()))
