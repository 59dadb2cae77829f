# Float and int printing, format specs, rounding, math functions, hashes (hash of empty str and
# bytes is 0), seeded random: what tutorials print.
import math, random
vals = [0.1, 1/3, 2/3, 1e-7, 123456789.123, 1e22, 1e16, 12345678901234567890.0, -0.0, 5e-324, 1.7976931348623157e308, 0.5, 2.5, 1.005, 100.0, 3.14159265358979]
for v in vals:
    print(v, repr(v), str(v), f"{v:.3f}", f"{v:g}", f"{v:.10g}", f"{v:e}", f"{v:%}" if abs(v) < 1e10 else '', round(v, 2), f"{v:,.2f}", f"{v:12.4e}|", f"{v:+.1f}")
for v in [0, 1, -1, 255, 10**20, -(2**63), 2**64]:
    print(v, f"{v:x} {v:o} {v:b} {v:,} {v:_x} {v:>10} {v:<10}| {v:^10}| {v:010d} {v:+d} {v: d} {v:e} {v:.2f} {v:%}")
print(math.pi, math.e, math.inf, -math.inf, math.nan, math.tau, math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7), math.fsum([0.1]*10), sum([0.1]*10))
print(math.log(100, 10), math.log2(8), math.log10(1000), math.exp(1), math.sin(math.pi/6), math.hypot(3, 4), math.degrees(math.pi), math.radians(180), math.gcd(12, 18), math.lcm(4, 6), math.factorial(20), math.dist((0, 0), (3, 4)), math.prod([1, 2, 3, 4]))
print(float('nan') == float('nan'), math.isclose(0.1 + 0.2, 0.3), math.isnan(float('nan')), math.copysign(1, -0.0), math.fmod(-7, 3), -7 % 3, math.modf(3.5), math.frexp(8.0), math.ldexp(0.5, 4))
print(int(1e20), float(10**20), 10**20 == 1e20, 2**53 + 1 == float(2**53 + 1), 0.1 * 3, 1.1 + 2.2, 3 * 1.1, 1e308 * 10, -1e308 * 10, 7 / 2, 7.0 // 2, -7.0 // 2, 7.5 % 2, -7.5 % 2)
print(hash(1.5), hash(-1), hash(2**61), hash(float('inf')), hash(0.1), hash((1, 2)), hash('') , hash(None) == hash(None))
random.seed(12345)
print([random.random() for _ in range(3)], random.uniform(1, 2), random.gauss(0, 1), random.randrange(0, 100, 5), random.shuffle(l := list(range(10))) or l, random.choices('abc', weights=[1, 2, 3], k=5))
print(round(0.5), round(1.5), round(2.5), round(-1.5), round(2.675, 2), round(1234, -2), round(1250, -2), round(1350, -2), round(5.5), round(6.5))
print(int('  42  '), int('-0x1f', 16), int('1_000'), float(' -1.5e3 '), float('-inf'), float('nan'), complex('1+2j'), int(True), float(False), bool(''), bool('0'), str(1e100), str(1e-100), 1e100 == 10**100)
print(1/7, 22/7, 100/3, 2**0.5, 10**-5, 1e5, 1e15, 1e16, 123e-20, 0.000123, 0.0001, 1234567.0, 12345678.9, -1.5e-10)
