import sys
b = __builtins__
get = (lambda n: b[n]) if isinstance(b, dict) else (lambda n: getattr(b, n))
print(get("len")("abc"), get("max")(1, 2))
len = lambda x: "shadowed"
print(len([1]))
del len
print(len([1]))
import math as m
print(m.sqrt(9))
from math import floor, ceil
print(floor(1.5), ceil(1.5))
from sys import maxsize as ms
print(ms > 0)
import sys, math
print(type(sys).__name__, math.__name__, sys.__name__)
