# math: integer functions (exact, on big ints), sums and products.
import math

def t(s):
    try:
        print(s, "->", repr(eval(s)))
    except Exception as e:
        print(s, "->", type(e).__name__ + ":", e)

for s in [
    "math.factorial(0)", "math.factorial(5)", "math.factorial(20)", "math.factorial(25)",
    "math.factorial(True)", "math.factorial(-1)", "math.factorial(1.0)", "math.factorial(2**70)",
    "len(str(math.factorial(1000)))", "math.factorial(1000) % (10**9 + 7)",
    "sum(int(d) for d in str(math.factorial(500)))",
    "math.gcd()", "math.gcd(12)", "math.gcd(-12)", "math.gcd(12, 18, 8)", "math.gcd(-4, 6)",
    "math.gcd(0, 0)", "math.gcd(2**100, 2**80 * 3)", "math.gcd(1.0)", "math.gcd(2, 'a')",
    "math.lcm()", "math.lcm(4, 6)", "math.lcm(-4, 6)", "math.lcm(0, 5)", "math.lcm(2**70, 3)",
    "math.lcm(2, 3, 4, 5)",
    "math.isqrt(0)", "math.isqrt(10)", "math.isqrt(10**20)", "math.isqrt(2**101)", "math.isqrt(True)",
    "math.isqrt(-1)", "math.isqrt(2.0)",
    "math.comb(5, 2)", "math.comb(5, 0)", "math.comb(5, 6)", "math.comb(100, 50)",
    "math.comb(2**64, 2)", "math.comb(10, 2**64)", "math.comb(5, -1)", "math.comb(-1, 2)",
    "math.comb(5.0, 2)", "math.comb(5)",
    "math.perm(5)", "math.perm(5, 2)", "math.perm(3, 5)", "math.perm(0)", "math.perm(-1)",
    "math.perm(5, -1)", "math.perm(2**64, 2)", "math.perm(10, 2**64)", "math.perm(20, 20)",
    "math.prod([1, 2, 3])", "math.prod([1, 2, 3], start=2)", "math.prod([])", "math.prod([1.5, 2])",
    "math.prod([2, 'a'])", "math.prod(['a'], start='')", "math.prod([1, 2], 3)", "math.prod()",
    "math.prod(1)", "math.prod(range(1, 30))", "math.prod([2**40, 2**40])",
    "math.fsum([0.1] * 10)", "sum([0.1] * 10)", "math.fsum([1e-16, 1, 1e16])", "math.fsum([])",
    "math.fsum([1e308, 1e308])", "math.fsum([float('inf'), float('-inf')])",
    "math.fsum([float('inf'), 1])", "math.fsum([float('nan'), 1])", "math.fsum(1)",
    "math.fsum(['a'])", "math.fsum([1, 2**53, -2**53])", "math.fsum(i * 0.01 for i in range(100))",
    "math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50])",
]:
    t(s)
