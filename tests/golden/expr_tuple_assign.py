a, b = 1, 2
a, b = b, a
print(a, b)
x = y = z = [0]
x.append(1)
print(y, z)
a, (b, c), d = 1, (2, 3), 4
print(a, b, c, d)
[p, q] = (5, 6)
print(p, q)
i = 0
l = [10, 20, 30]
i, l[i] = 1, 99
print(i, l)
t = 1,
print(t, type(t).__name__)
(u) = 3
print(u)
