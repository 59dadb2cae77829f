print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, -2 ** 2)
print(2 ** -1, 2 ** -2, (-2) ** -1, 10 ** -3)
print(type(2 ** -1), type(2 ** 3))
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(-3, 3, 7), pow(2, 100, 1000))
print(3 ** 40, 7 ** 30)
print(1 ** -5, (-1) ** -5, (-1) ** 1000001)
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(pow(3, -1, 7), pow(38, -1, 97))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
