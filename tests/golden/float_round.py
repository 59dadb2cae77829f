print(round(0.5), round(1.5), round(2.5), round(3.5), round(-0.5), round(-1.5), round(-2.5))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(3.14159, 3), round(3.14159, 0), round(-3.14159, 1))
print(round(1234.5678, -1), round(1234.5678, -2), round(1250.0, -2), round(-1250.0, -2))
print(type(round(2.5)), type(round(2.5, 0)), type(round(2.5, 1)))
print(round(1e20), round(1.5e300, -299), round(0.0), round(-0.0, 1))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(round(float("inf"), 2), round(float("nan"), 2))
