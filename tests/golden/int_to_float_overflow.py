try:
    float(10**400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    x = 10**400 * 1.0
except OverflowError as e:
    print("OverflowError:", e)
try:
    x = 10**400 + 0.5
except OverflowError as e:
    print("OverflowError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(float(2**1023), float(-(2**60)))
print(10**308 * 1.0, 1e308 * 10)
