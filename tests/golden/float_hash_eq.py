print(hash(1.0) == hash(1), hash(-2.0) == hash(-2), hash(1e20) == hash(10**20))
print(hash(0.1) == hash(0.1), hash(float("inf")) == 314159)
d = {0.5: "half", 2: "two"}
print(d[0.5], d[2.0], 2.0 in d, 0.25 in d)
s = {1.0, 2.0, 1}
print(sorted(s), len(s))
