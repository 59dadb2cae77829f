import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(16), math.sqrt(2), math.floor(-2.5), math.ceil(-2.5), math.trunc(2.7), math.fabs(-3))
print(math.isnan(math.nan), math.isinf(math.inf), math.isfinite(1.0), math.isclose(0.1 + 0.2, 0.3))
print(math.factorial(0), math.factorial(20), math.factorial(30), math.gcd(12, 18), math.gcd(0, 5), math.gcd(-4, 6))
print(math.log(math.e), math.log(8, 2), math.log2(1024), math.log10(1000), math.log(1), math.exp(0), math.exp(1))
print(math.sin(0), math.cos(0), round(math.sin(math.pi / 2), 12), math.tan(0), math.atan2(1, 1), math.atan(1) * 4)
print(math.pow(2, 10), math.pow(2, 0.5), math.hypot(3, 4), math.hypot(1, 1, 1), math.copysign(3, -0.0))
print(math.comb(10, 3), math.perm(5, 2), math.perm(5), math.comb(52, 5), math.isqrt(17), math.lcm(4, 6))
print(math.degrees(math.pi), math.radians(180), math.fmod(-7, 3), math.modf(2.5), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.dist((0, 0), (3, 4)))
for bad in ["math.sqrt(-1)", "math.log(0)", "math.factorial(-1)", "math.factorial(2.5)", "math.acos(2)"]:
    try:
        eval(bad)
    except (ValueError, TypeError) as e:
        print(bad, type(e).__name__, e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
print(type(math.floor(1.5)).__name__, type(math.sqrt(4)).__name__, math.floor(10**20 + 0.5) if False else math.floor(1e20))
