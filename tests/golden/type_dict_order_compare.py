d1 = {"a": 1, "b": 2}
d2 = {"b": 2, "a": 1}
print(d1 == d2, list(d1) == list(d2), d1 != {"a": 1})
try:
    d1 < d2
except TypeError as e:
    print("TypeError:", e)
print(d1 | {"c": 3}, {"a": 0} | d1)
d1 |= {"z": 26, "a": 100}
print(d1)
d = {}
for c in "hello world":
    d[c] = d.get(c, 0) + 1
print(d)
d = {i: i for i in range(10)}
for i in range(0, 10, 2):
    del d[i]
d[0] = "re-added"
print(d)
print({1: "a", 1.0: "b", True: "c"})
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
print(dict(zip("abc", range(3))), {**{"a": 1}, **{"a": 2}})
