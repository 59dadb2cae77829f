# fractions.Fraction: construction, arithmetic, comparisons, hashing, rounding, limit_denominator, errors.
from fractions import Fraction as F
print(F(1, 3) + F(1, 6), F(3, -6), F(0.5), F("3/4"), F(" -1.25e1 "), F("7"), repr(F(2, 4)))
print(F(1, 3) * 3, F(1, 3) / F(2, 3), F(7, 2) // 1, F(7, 2) % 1, divmod(F(7, 2), F(1, 3)), F(2, 3) ** 2, F(4, 9) ** -1, F(2, 3) ** 0.5)
print(F(1, 2) == 0.5, F(1, 2) < 1, F(1, 3) > 0.3, hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), {F(1, 2): "x"}[0.5])
print(float(F(1, 3)), int(F(-7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(1, 3), 2), math_floor := None)
import math
print(math.floor(F(-7, 2)), math.ceil(F(-7, 2)), F(3.141592653589793).limit_denominator(100), F(1, 3).as_integer_ratio(), F(1, 10) + 0.1)
print(sum([F(1, n) for n in range(1, 5)]), sorted([F(1, 2), F(1, 3), 0.4]), F(-1, 2).numerator, abs(F(-1, 2)))
for bad in [lambda: F(1, 0), lambda: F("abc"), lambda: F(float("nan")), lambda: F(1.5, 2)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
