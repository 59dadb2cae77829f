l = list(range(10))
l[2:5] = ["a", "b"]
print(l)
l[:0] = [-1]
print(l)
l[len(l):] = [99]
print(l)
l[::2] = [0] * len(l[::2])
print(l)
try:
    l[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
l[1:3] = []
print(l)
del l[::3]
print(l)
m = [1, 2, 3]
m[1:1] = "xyz"
print(m)
m[:] = []
print(m)
n = [1, 2, 3, 4, 5]
n[::-1] = [10, 20, 30, 40, 50]
print(n)
try:
    n[10] = 1
except IndexError as e:
    print("IndexError:", e)
n[-1] = "last"
print(n, n[-5], n[4])
