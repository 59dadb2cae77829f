print((1.5).is_integer(), (2.0).is_integer(), (0.5).as_integer_ratio(), (-0.75).as_integer_ratio())
print((3.7).real, (3.7).imag, (3.7).conjugate())
print(float.fromhex("0x1.8p1"), (1.5).hex(), (0.1).hex())
print(int(2.9), int(-2.9), float(int(2.9)))
print(abs(-2.5), -(2.5), +(-0.0))
print(max(1.5, 2), min(-0.0, 0.0), max(0.0, -0.0))
import math
print(math.floor(2.5), math.ceil(2.1), math.trunc(-2.7), math.floor(-2.5))
print(type(math.floor(2.5)).__name__)
