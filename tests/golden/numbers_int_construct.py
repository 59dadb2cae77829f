# int(): from numbers, text in every base, objects with __int__/__index__, and errors.
def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r), type(r).__name__)
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

print(int(), int(0), int(-5), int(True), int(False), int(2 ** 80), int(3.99), int(-3.99))
print(int(1e20), int(-1e300) == -10 ** 300, int(2.0 ** 60), int(0.5), int(-0.0))
print(int("42"), int("  -42  "), int("+7"), int("1_000_000"), int("0"), int("-0"), int("007"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("z", 36), int("Z", 36), int("101", 2), int("-0b101", 0), int(" 0x_1f ", 0), int("10", 0))
print(int("12345678901234567890123456789"), int("-" + "9" * 40) == -int("9" * 40))
print(int(b"123"), int(b" -7 "), int(b"ff", 16), int("\u0661\u0662\u0663"), int("\u00a012\u2003"))
print(int("1" * 4300) % 1000)
attempt("zeros", lambda: int("0" * 5000 + "1"))

class WithInt:
    def __int__(self):
        return 17

class WithIndex:
    def __index__(self):
        return 23

class BadInt:
    def __int__(self):
        return "nope"

print(int(WithInt()), int(WithIndex()))
print(int("10", base=2), int("z", base=36), int("10", WithIndex()))

attempt("int('')", lambda: int(""))
attempt("int('x')", lambda: int("x"))
attempt("int('1.5')", lambda: int("1.5"))
attempt("int('5 5')", lambda: int("5 5"))
attempt("int('1__0')", lambda: int("1__0"))
attempt("int('_1')", lambda: int("_1"))
attempt("int('010', 0)", lambda: int("010", 0))
attempt("int('3', 2)", lambda: int("3", 2))
attempt("int('12', 1)", lambda: int("12", 1))
attempt("int('12', 37)", lambda: int("12", 37))
attempt("int('12', -1)", lambda: int("12", -1))
attempt("int('12', 2**70)", lambda: int("12", 2 ** 70))
attempt("int(b'x')", lambda: int(b"x"))
attempt("int('\\u0661x')", lambda: int("\u0661x"))
attempt("int('long')", lambda: int("x" * 300))
attempt("int(5000 digits)", lambda: int("1" * 5000))
attempt("int(2.5, 10)", lambda: int(2.5, 10))
attempt("int(5, base=10)", lambda: int(5, base=10))
attempt("int(base=10)", lambda: int(base=10))
attempt("int(x=3)", lambda: int(x=3))
attempt("int(1,2,3)", lambda: int("1", 2, 3))
attempt("int('5', None)", lambda: int("5", None))
attempt("int('5', '2')", lambda: int("5", "2"))
attempt("int([])", lambda: int([]))
attempt("int(None)", lambda: int(None))
attempt("int(nan)", lambda: int(float("nan")))
attempt("int(inf)", lambda: int(float("inf")))
attempt("int(-inf)", lambda: int(float("-inf")))
attempt("int(BadInt())", lambda: int(BadInt()))
attempt("int.__new__(bool, 3)", lambda: int.__new__(bool, 3))
attempt("int.__new__(int, '12')", lambda: int.__new__(int, "12"))
attempt("int.__new__(str)", lambda: int.__new__(str))
attempt("bool()", lambda: bool())
attempt("bool(0.0)", lambda: bool(0.0))
attempt("bool('x')", lambda: bool("x"))
attempt("bool([])", lambda: bool([]))
attempt("bool(2**70)", lambda: bool(2 ** 70))
attempt("bool(1, 2)", lambda: bool(1, 2))
attempt("bool(x=1)", lambda: bool(x=1))
attempt("bool.__new__(int)", lambda: bool.__new__(int))
attempt("str(True)", lambda: str(True))
attempt("repr(False)", lambda: repr(False))
attempt("str(10**4300)", lambda: len(str(10 ** 4299)))
attempt("str(10**5000)", lambda: str(10 ** 5000))
attempt("repr(-10**4300)", lambda: repr(-(10 ** 4300)))
attempt("hex(10**5000)", lambda: len(hex(10 ** 5000)))
