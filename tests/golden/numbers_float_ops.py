# float arithmetic mixed with ints: division/modulo signs, pow special cases, overflow errors.
import math

def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r), type(r).__name__)
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

inf = float("inf")
nan = float("nan")
print(0.1 + 0.2, 1.5 * 4, 7.0 / 2, 1 / 3.0, 2 ** 0.5, 10 - 0.1, 3 * 0.1, 1e308 * 10, -1e308 * 10)
print(7.5 // 2, -7.5 // 2, 7.5 // -2, -7.5 // -2, 7.5 % 2, -7.5 % 2, 7.5 % -2, -7.5 % -2)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(1, 0.3), divmod(-1e-300, 1e300))
print(-0.0 % 5, 0.0 % -5, -7.5 % inf, 7.5 % -inf, 7.5 % inf, inf // 1 if False else 1 // inf)
print(5 // 0.5, 5 % 0.5, 1e300 // 1e-300, -1 // inf, 1.0 // 3, 2 ** 100 // 3.0)
print(2 ** 0.5, 2.0 ** 3, (-2.0) ** 3, (-2.0) ** -2, 0.0 ** 0, 0.0 ** 2.5, (-0.0) ** 3, (-0.0) ** 2)
print(inf ** 0, nan ** 0, 1 ** nan, 1.0 ** inf, (-1) ** inf, 0.5 ** inf, 2 ** -inf, 2 ** inf)
print(inf ** -1, (-inf) ** -3, (-inf) ** 3, (-inf) ** 2, (-inf) ** 0.5, inf ** 0.5)
print(10.0 ** -400, 2.0 ** -1074, 2 ** -1075.0, (-8.0) ** (1 / 3) if False else "skip", 4 ** -0.5)
print(inf + 1, inf - inf, inf * 0, -inf / 1e308, nan + 1, nan == nan, nan != nan, inf > 1e308)
print(10 ** 20 + 0.5, 2 ** 53 + 1.0, 2 ** 100 * 1.0, 1.0 * (10 ** 308), True + 0.5, False * 2.5)
print(1 + 2.0, 3 - 1.0, 2 * 1.5, 3 / 2.0, 2.0 // 1, 7 % 2.5, 2 ** 2.0, 9 ** 0.5)
print(abs(-0.0), -(0.0), +(-0.0), abs(-inf), -nan if False else "x", round(-0.4), round(-0.6))
x = 1.5
x += 1
x *= 2
x /= 4
x **= 2
x -= 0.25
x //= 0.5
x %= 3
print(x)

attempt("1.0/0", lambda: 1.0 / 0)
attempt("1/0.0", lambda: 1 / 0.0)
attempt("1.0//0", lambda: 1.0 // 0)
attempt("1.0%0", lambda: 1.0 % 0.0)
attempt("divmod(1.0,0)", lambda: divmod(1.0, 0))
attempt("divmod(1,0.0)", lambda: divmod(1, 0.0))
attempt("0.0**-1", lambda: 0.0 ** -1)
attempt("0**-1.0", lambda: 0 ** -1.0)
attempt("0.0**-inf", lambda: 0.0 ** -inf)
attempt("1e200**2", lambda: 1e200 ** 2)
attempt("(-1e200)**3", lambda: (-1e200) ** 3)
attempt("34.5**1000", lambda: 34.5 ** 1000)
attempt("10**400*1.0", lambda: (10 ** 400) * 1.0)
attempt("1.0+10**400", lambda: 1.0 + 10 ** 400)
attempt("10**400/1.0", lambda: (10 ** 400) / 1.0)
attempt("10**400<1e308", lambda: (10 ** 400) < 1e308)
attempt("pow(2.0,3,5)", lambda: pow(2.0, 3, 5))
attempt("pow(2,3.0,5)", lambda: pow(2, 3.0, 5))
attempt("1.5 & 1", lambda: 1.5 & 1)
attempt("1 | 2.5", lambda: 1 | 2.5)
attempt("1.5 << 1", lambda: 1.5 << 1)
attempt("~1.5", lambda: ~1.5)
attempt("1.5 @ 2.0", lambda: 1.5 @ 2.0)
attempt("1.5 + 'a'", lambda: 1.5 + "a")
attempt("'a' * 1.5", lambda: "a" * 1.5)
attempt("float.__add__(1.5, 'a')", lambda: (1.5).__add__("a"))
attempt("float.__radd__(1.5, 2)", lambda: (1.5).__radd__(2))
attempt("float.__rsub__(1.5, 2)", lambda: (1.5).__rsub__(2))
attempt("float.__rtruediv__(2.0, 1)", lambda: (2.0).__rtruediv__(1))
attempt("float.__rpow__(2.0, 3)", lambda: (2.0).__rpow__(3))
attempt("float.__pow__(2.0, 3, 5)", lambda: (2.0).__pow__(3, 5))
attempt("float.__divmod__(7.0, 2)", lambda: (7.0).__divmod__(2))
attempt("float.__rdivmod__(2.0, 7)", lambda: (2.0).__rdivmod__(7))
attempt("float.__rmod__(2.0, 7)", lambda: (2.0).__rmod__(7))
attempt("float.__floordiv__(7.0, 2**70)", lambda: (7.0).__floordiv__(2 ** 70))
attempt("float.__add__()", lambda: (1.0).__add__())
