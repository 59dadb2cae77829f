# Accumulated rounding: exact results must match IEEE double arithmetic.
s = 0.0
for i in range(1, 1001):
    s += 1.0 / i
print(s)
p = 1.0
for i in range(1, 30):
    p *= 1.1
print(p)
x = 0.0
for i in range(100):
    x = x * 0.99 + 0.5
print(x)
vals = [i * 0.1 for i in range(20)]
print(vals[3], vals[7], vals[19], sum(vals))
print(2.0 ** 0.5 * 2.0 ** 0.5, 10.0 / 3.0 * 3.0)
