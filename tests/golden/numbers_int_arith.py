# int arithmetic: small/big boundaries, bools, shifts, powers and the errors CPython raises.
def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r), type(r).__name__)
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

big = 2 ** 47
print(big - 1 + 1, -big - 1, (big - 1) * 2, big * big, -big * big)
print(2 ** 62 + 2 ** 62, 2 ** 63 - 1 + 1, -(2 ** 63) - 1, (2 ** 64) // 3, (2 ** 64) % 7)
print(10 ** 30 // 7, 10 ** 30 % 7, -(10 ** 30) // 7, -(10 ** 30) % 7, (10 ** 30) // -7)
print(7 // 2, -7 // 2, 7 // -2, -7 // -2, 7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(7 / 2, -7 / 2, 1 / 3, 10 ** 20 / 10 ** 10, 2 ** 100 / 2 ** 99, (10 ** 400) // (10 ** 399))
print(3 / (10 ** 400), (10 ** 400 + 1) / (10 ** 399))
print(1 << 10, 1 << 47, 1 << 48, 1 << 100, -1 << 100, 3 << 62, -5 << 3)
print(1024 >> 3, -1024 >> 3, -1 >> 100, 1 >> 100, (1 << 200) >> 190, -(1 << 200) >> 199)
print(-7 >> 1, 7 >> 1, 5 >> 63, -5 >> 63, -5 >> 64)
print(6 & 3, 6 | 3, 6 ^ 3, -6 & 0xff, -6 | 3, -6 ^ 3, ~5, ~-1, ~0)
print((1 << 70) & ((1 << 70) - 1), (1 << 70) | 1, (1 << 70) ^ (1 << 70), -(1 << 70) & 0xffff)
print(~(1 << 80), -(1 << 80) | 1, -(1 << 80) ^ -1)
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, (-2) ** 4, 3 ** 40, (-3) ** 41, 7 ** 23)
print(2 ** -1, (-2) ** -3, 10 ** -2, 4 ** 0.5, 2 ** 1000 == 1 << 1000, len(str(3 ** 1000)))
print(1 ** (10 ** 30), (-1) ** (10 ** 30), (-1) ** (10 ** 30 + 1), 0 ** (10 ** 30))
print(True + True, True * 10, True - False, -True, +True, ~True, ~False, abs(-True))
print(True & True, True | False, True ^ True, True & 1, 1 & True, True << 3, False ** 0)
print(type(True & False).__name__, type(True & 1).__name__, type(+True).__name__)
print(-(2 ** 47), -(-(2 ** 47)), abs(-(2 ** 47)), abs(-(2 ** 100)), -0)
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(10 ** 20, 3), divmod(-(10 ** 20), 7))
print(pow(3, 4, 5), pow(3, 200, 7), pow(-3, 3, 7), pow(3, 3, -7), pow(2, -1, 7), pow(10 ** 20, 3, 10 ** 9 + 7))
print(pow(5, 0, 1), pow(5, 0, -1), pow(0, 0, 3), pow(-2, 5, 3), pow(2 ** 80, 2 ** 80, 2 ** 61 - 1))
x = 5
x += 2 ** 50
x *= 3
x //= 7
x -= 10 ** 20
print(x)
n = 1
for i in range(1, 30):
    n *= i
print(n, n // (10 ** 20), n % 1000007)

attempt("1//0", lambda: 1 // 0)
attempt("1%0", lambda: 1 % 0)
attempt("1/0", lambda: 1 / 0)
attempt("big//0", lambda: (10 ** 30) // 0)
attempt("big%0", lambda: (10 ** 30) % 0)
attempt("big/0", lambda: (10 ** 30) / 0)
attempt("divmod(1,0)", lambda: divmod(1, 0))
attempt("divmod(big,0)", lambda: divmod(10 ** 30, 0))
attempt("0**-1", lambda: 0 ** -1)
attempt("1<<-1", lambda: 1 << -1)
attempt("1>>-1", lambda: 1 >> -1)
attempt("big<<-big", lambda: (10 ** 30) << -(10 ** 30))
attempt("1<<10**30", lambda: 1 << 10 ** 30)
attempt("0<<10**30", lambda: 0 << 10 ** 30)
attempt("1>>10**30", lambda: 1 >> 10 ** 30)
attempt("-1>>10**30", lambda: -1 >> 10 ** 30)
attempt("big/3", lambda: (10 ** 400) / 3)
attempt("big**-1", lambda: (10 ** 400) ** -1)
attempt("pow(2,3,0)", lambda: pow(2, 3, 0))
attempt("pow(2,-1,4)", lambda: pow(2, -1, 4))
attempt("1@2", lambda: 1 @ 2)
attempt("True/False", lambda: True / False)
attempt("1+'a'", lambda: 1 + 'a')
attempt("'a'*True", lambda: 'a' * True)
attempt("[1]*2", lambda: [1] * 2)
attempt("int.__add__(1, 2.0)", lambda: (1).__add__(2.0))
attempt("int.__radd__", lambda: (1).__radd__(2))
attempt("int.__and__(True,True)", lambda: int.__and__(True, True))
attempt("bool.__and__(True,True)", lambda: bool.__and__(True, True))
attempt("bool.__or__(True,1)", lambda: bool.__or__(True, 1))
attempt("int.__pow__(2,10,1000)", lambda: (2).__pow__(10, 1000))
attempt("int.__rpow__(2,10)", lambda: (2).__rpow__(10))
attempt("int.__pow__(2,3,1.0)", lambda: (2).__pow__(3, 1.0))
attempt("int.__divmod__", lambda: (7).__divmod__(2))
attempt("int.__rdivmod__", lambda: (7).__rdivmod__(100))
attempt("int.__lshift__ no arg", lambda: (1).__lshift__())
