# float(): from ints, text (with CPython's grammar) and objects with __float__/__index__.
def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r), type(r).__name__)
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

print(float(), float(0), float(-5), float(True), float(2 ** 53 + 1), float(2 ** 1023), float(-(10 ** 300)))
print(float(2 ** 54 + 3), float(2 ** 64 - 1), float(-(2 ** 63)), float(10 ** 22), float(10 ** 23))
print(float("1.5"), float("  -2.25\n"), float("+.5"), float("5."), float("1e3"), float("1E-3"), float("1_000.5"))
print(float("inf"), float("-Infinity"), float("nAn"), float("+inf"), float("1e500"), float("-1e500"), float("1e-400"))
print(float(b"2.5"), float("\u0661.\u0665"), float("\u2003 7 \u00a0"), float("0x10" if False else "16"), float("0.1"))
print(float("1" * 400), float("." + "0" * 300 + "1"), float("9007199254740993"), float("2.2250738585072014e-308"))

class F:
    def __float__(self):
        return 2.5

class I:
    def __index__(self):
        return 7

class Both:
    def __float__(self):
        return 1.25
    def __index__(self):
        return 9

class BadF:
    def __float__(self):
        return 3

print(float(F()), float(I()), float(Both()))
attempt("float('abc')", lambda: float("abc"))
attempt("float('')", lambda: float(""))
attempt("float(' ')", lambda: float(" "))
attempt("float('1__0')", lambda: float("1__0"))
attempt("float('_1')", lambda: float("_1"))
attempt("float('1_')", lambda: float("1_"))
attempt("float('1e')", lambda: float("1e"))
attempt("float('0x10')", lambda: float("0x10"))
attempt("float('infinit')", lambda: float("infinit"))
attempt("float('nan1')", lambda: float("nan1"))
attempt("float('1.5x')", lambda: float("1.5x"))
attempt("float('\\xa0 1.5 \\xa0x')", lambda: float("\xa0 1.5 \xa0x"))
attempt("float(b'x')", lambda: float(b"x"))
attempt("float([])", lambda: float([]))
attempt("float(None)", lambda: float(None))
attempt("float(1, 2)", lambda: float(1, 2))
attempt("float(x=1)", lambda: float(x=1))
attempt("float(10**400)", lambda: float(10 ** 400))
attempt("float(BadF())", lambda: float(BadF()))
attempt("float('x' * 300)", lambda: float("x" * 300))
attempt("float.__new__(int)", lambda: float.__new__(int))
attempt("float.__new__(float, '2')", lambda: float.__new__(float, "2"))
