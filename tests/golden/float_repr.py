vals = [0.1, 0.2, 0.1 + 0.2, 1.0, 1e16, 1e+16, 1e15, 123456789012345678.0, 1e-5, 1e-4,
        0.0001, 1e22, 1e-7, 1.5, 2.5e-10, 3.0e100, 1/3, 2/3, 100.0, 12345.678,
        float("inf"), float("-inf"), float("nan"), -0.0, 0.0, 5e-324, 1.7976931348623157e308,
        9007199254740993.0, 0.3, 1e21, 1e-6, 123e-9, 4.35, 2**0.5]
for v in vals:
    print(repr(v), str(v))
print(float("1.5"), float("  -2.25 "), float("1e3"), float("inf"), float("-Infinity"), float("NaN"))
print(float(3), float(-7), float("1_000.5"))
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
print([0.1, -0.0, 1e100], (2.0,), {1.5: 2.5})
