import math
vals = [math.sqrt(x) for x in range(10)]
print(vals)
print([math.sin(x / 10) for x in range(5)])
print([math.exp(x) for x in (-1, 0.5, 2)], [math.log(x) for x in (2, 10, 0.5)])
print(math.cos(1), math.tan(1), math.asin(0.5), math.acos(0.5), math.sinh(1), math.cosh(1), math.tanh(0.5))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0, 1e-12, abs_tol=1e-9))
print(math.ceil(1e-300), math.floor(-1e-300), math.trunc(-0.5), math.gcd(2**100, 6**50))
