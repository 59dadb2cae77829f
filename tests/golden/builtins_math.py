# math: the float functions, their domain/range errors and argument checks.
import math

def t(s):
    try:
        print(s, "->", repr(eval(s)))
    except Exception as e:
        print(s, "->", type(e).__name__ + ":", e)

class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 7
class BadFloat:
    def __float__(self):
        return 1
class Floors:
    def __floor__(self):
        return "floored"
    def __ceil__(self):
        return "ceiled"
    def __trunc__(self):
        return "truncated"

for s in [
    "math.pi", "math.e", "math.tau", "math.inf", "-math.inf", "math.nan",
    "math.sqrt(2)", "math.sqrt(F())", "math.sqrt(I())", "math.sqrt(BadFloat())", "math.sqrt('a')",
    "math.sqrt(-1)", "math.sqrt(10**400)", "math.sqrt()", "math.sqrt(1, 2)", "math.sqrt(x=1)",
    "math.exp(1)", "math.exp(1000)", "math.exp(float('nan'))", "math.exp2(3)", "math.expm1(1e-10)",
    "math.log(8, 2)", "math.log(100, 10)", "math.log(1, 1)", "math.log(2, 0)", "math.log(0)",
    "math.log(-1)", "math.log(0.0)", "math.log(float('inf'))", "math.log()", "math.log(1, 2, 3)",
    "math.log(10**400)", "math.log(2**1000)", "math.log(I())", "math.log(True)",
    "math.log2(1024)", "math.log2(2**1000)", "math.log2(0)", "math.log10(1000)", "math.log10(10**500)",
    "math.log10(-1)", "math.log1p(1e-10)", "math.log1p(-1)",
    "math.sin(0)", "math.cos(0)", "math.tan(0)", "math.sin(float('inf'))", "math.tan(float('inf'))",
    "math.asin(1)", "math.acos(2)", "math.atan(1)", "math.atan2(1, 1)", "math.atan2(0, -0.0)",
    "math.atan2(1)", "math.sinh(1)", "math.cosh(1000)", "math.tanh(0.5)", "math.asinh(1)",
    "math.acosh(1)", "math.atanh(0.5)", "math.atanh(1)",
    "math.degrees(math.pi)", "math.radians(180)", "math.degrees(1)",
    "math.hypot()", "math.hypot(3, 4)", "math.hypot(3, 4, 12)", "math.hypot(-5)", "math.hypot(1, 1)",
    "math.hypot(float('inf'), float('nan'))", "math.hypot('a')", "math.hypot(1e-320, 1e-320)",
    "math.hypot(1e300, 1e300)", "math.hypot(0.1, 0.2, 0.3)",
    "math.dist([1, 2], [3, 4])", "math.dist((0, 0, 0), (1, 1, 1))", "math.dist([1], [1, 2])",
    "math.dist(1, 2)", "math.dist([1, 2], [1, 2])",
    "math.copysign(1, -0.0)", "math.copysign(3, -1)", "math.copysign(1)", "math.fabs(-3)",
    "math.fmod(7, 3)", "math.fmod(-7, 3)", "math.fmod(1, 0)", "math.fmod(float('inf'), 1)",
    "math.fmod(1, float('inf'))", "math.modf(1.5)", "math.modf(-2.25)", "math.modf(float('inf'))",
    "math.frexp(8.0)", "math.frexp(0.0)", "math.frexp(float('inf'))", "math.frexp(-3)",
    "math.ldexp(0.5, 4)", "math.ldexp(1, 2000)", "math.ldexp(1.0, 2.0)", "math.ldexp(1, 10**30)",
    "math.ldexp(1, -10**30)", "math.ldexp('a', 1)",
    "math.pow(2, 10)", "math.pow(0, -1)", "math.pow(-1, 0.5)", "math.pow(2, 1e6)", "math.pow(-0.0, -1)",
    "math.pow(float('inf'), -1)", "math.pow(1, float('nan'))", "math.pow(float('nan'), 0)",
    "math.pow(-2, float('inf'))", "math.pow(0.5, float('-inf'))", "math.pow(1)",
    "math.remainder(5, 3)", "math.remainder(1, 0)", "math.remainder(float('inf'), 1)",
    "math.nextafter(1, 2)", "math.nextafter(1)", "math.ulp(1.0)", "math.ulp(float('nan'))",
    "math.ulp(float('inf'))", "math.ulp(0.0)",
    "math.floor(1.5)", "math.floor(-1.5)", "math.floor(1e300)", "math.floor(float('inf'))",
    "math.floor(float('nan'))", "math.floor('a')", "math.floor(True)", "math.floor(2**100)",
    "math.floor(F())", "math.floor(Floors())", "math.ceil(-0.5)", "math.ceil(I())", "math.ceil(2**100)",
    "math.ceil(Floors())", "math.ceil(1e20)",
    "math.trunc(1.7)", "math.trunc(-2.5)", "math.trunc(5)", "math.trunc(True)", "math.trunc('a')",
    "math.trunc(float('inf'))", "math.trunc(Floors())",
    "math.isnan(float('nan'))", "math.isinf(1e400)", "math.isfinite(1)", "math.isnan(1)",
    "math.isclose(1, 1.0000000001)", "math.isclose(1, 1.1)", "math.isclose(1, 1.1, rel_tol=0.2)",
    "math.isclose(0, 1e-10, abs_tol=1e-9)", "math.isclose(1, 2, rel_tol=-1)", "math.isclose(1, 2, 3)",
    "math.isclose(1)", "math.isclose(1, 2, x=1)", "math.isclose(math.inf, math.inf)",
    "math.erf(1)", "math.erfc(1)", "math.gamma(5)", "math.gamma(0.5)", "math.gamma(0)",
    "math.gamma(-1)", "math.gamma(200)", "math.lgamma(10)", "math.lgamma(-1)",
]:
    t(s)
print(math.__name__, math.floor.__name__)
for s in ["math.gcd(a=1)", "math.log(x=1)", "math.hypot(x=1)", "math.lcm(a=1)", "math.dist(p=1)",
          "math.fsum(x=1)", "math.floor(x=1)", "math.pow(x=1)", "math.ldexp(1)", "math.perm()",
          "math.comb(1)", "math.prod(x=1)", "math.perm(1, 2, 3)"]:
    t(s)
