# A tour of statistics, seeded random distributions and state, struct, Fraction, Decimal and
# math functions.
import statistics as st, random, math, struct, fractions, decimal, array if False else None
data = [2.5, 3.1, 4.7, 1.2, 5.5, 3.3, 2.2, 4.4]
print(st.mean(data), st.median(data), st.median_low(data), st.median_high(data), st.mode([1, 2, 2, 3]), st.multimode('aabbc'))
print(round(st.pstdev(data), 6), round(st.variance(data), 6), st.quantiles(data, n=4), st.harmonic_mean([1, 2, 4]), st.geometric_mean([1, 2, 4]), st.fmean([1, 2]))
print(st.correlation([1, 2, 3], [2, 4, 7]), st.linear_regression([1, 2, 3], [2, 4, 6]), st.NormalDist(0, 1).cdf(1.96), st.NormalDist(100, 15).inv_cdf(0.9))
try: st.mean([])
except st.StatisticsError as e: print('StatisticsError', e)
random.seed(2024)
print(random.sample(range(100), 5), random.choices(['a', 'b'], k=4), round(random.expovariate(1.5), 6), round(random.triangular(0, 10), 6), round(random.betavariate(2, 3), 6), random.getrandbits(20))
r = random.Random(7); print(r.randint(1, 6), r.random(), r.choice('xyz')); st2 = r.getstate(); a = r.random(); r.setstate(st2); print(a == r.random())
print(struct.pack('<hIf', -2, 70000, 1.5), struct.unpack('>I', b'\x00\x00\x01\x00'), struct.calcsize('<qd?'), struct.pack('3s', b'abcdef'), struct.unpack_from('<H', b'\x01\x02\x03', 1))
F = fractions.Fraction; print(F(3, 4) + F(1, 4), F('0.125'), F(1, 3) * 3 == 1, F(7, 2).limit_denominator(1), F(math.pi).limit_denominator(100), sum(F(1, n) for n in range(1, 5)))
D = decimal.Decimal; decimal.getcontext().prec = 10; print(D(1) / D(3), D('0.1') * 3, (D(2) ** D('0.5')).quantize(D('0.001')), D('1.23456789012345').normalize())
print(math.isqrt(10**20), math.nextafter(1.0, 2.0) - 1.0, math.ulp(1.0), math.erf(1), math.gamma(5), math.lgamma(10), math.atan2(1, -1), math.cbrt(27) if hasattr(math, 'cbrt') else 3.0)
print(f"{math.pi:.30f}", 0.1 + 0.2 == 0.3, math.isclose(0.1 + 0.2, 0.3), (0.1).as_integer_ratio(), float.fromhex('0x1.8p1'), (1.5).hex(), 7.0.is_integer())
