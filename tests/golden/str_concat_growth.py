# Long strings built with += share a growable buffer: older strings must stay unchanged.
s = ""
parts = []
for i in range(3000):
    s += str(i) + ","
    if i % 500 == 0:
        parts.append(s)
t = parts[3]
u = t + "X"      # branches off an older string: must copy
v = t + "Y"
print(len(s), s[:20], s[-15:], hash(s) == hash("".join(str(i) + "," for i in range(3000))))
print(u[-5:], v[-5:], t[-5:], len(u), len(v), len(t), u[:-1] == t, v[:-1] == t)
w = s
s += "é" * 300
print(len(s), s[-3:], w[-3:], len(w), s.count("é"), s.isascii(), w.isascii())
d = {s: 1}
print(d["".join(str(i) + "," for i in range(3000)) + "é" * 300])
import gc
gc.collect()
print(parts[0], len(parts[-1]), s.split(",")[2999][:3])
