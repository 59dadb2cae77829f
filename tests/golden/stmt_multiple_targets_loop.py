pairs = [(1, "a"), (2, "b")]
for n, s in pairs:
    print(n, s)
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a + b)
d = {"x": 1, "y": 2}
for k, v in d.items():
    print(k, v)
l = [0, 0, 0]
for i, l[i] in enumerate("abc"):
    pass
print(l)
class O:
    pass
o = O()
for o.attr in range(3):
    pass
print(o.attr)
