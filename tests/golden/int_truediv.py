print(7 / 2, -7 / 2, 6 / 3, 1 / 3, 2 / 3)
print(10 / 4, 1 / 7, 0 / 5, -0 / 5)
print(type(4 / 2))
print(2**100 / 2**99, 10**20 / 3)
print((10**400) / (10**399))
print(1 / 10**300)
try:
    print(10**400 / 3)
except OverflowError as e:
    print("OverflowError:", e)
print(7 / -1, -7 / -7)
