d = {"a": 1, "b": 2, "c": 3}
try:
    for k in d:
        if k == "a":
            del d["b"]
except RuntimeError as e:
    print("RuntimeError:", e)
d = {"a": 1, "b": 2}
for k in d:
    d[k] = d[k] * 10
print(d)
d = dict.fromkeys(range(5), 0)
for k in list(d.keys()):
    d.pop(k)
print(d)
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
