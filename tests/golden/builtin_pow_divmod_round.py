print(pow(2, 8), pow(2.0, 3), pow(2, -2), pow(7, 2, 5), pow(-7, 3, 5), pow(10**20, 3, 97), pow(0, 0))
print(divmod(9, 4), divmod(-9, 4), divmod(9.5, 2), divmod(10**20, 7))
print(round(3.14159, 2), round(2.5), round(3.5), round(-0.5), round(17, -1), round(0.5 + 1e-9))
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
print(pow(base=2, exp=5), pow(2, 0.5))
