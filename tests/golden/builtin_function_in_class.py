# A builtin function stored in a class is not a method (it does not bind to instances), while
# methods of builtin types taken from their type stay descriptors.
import math
import time


class A:
    f = len
    g = math.sqrt
    h = str.upper
    conv = time.gmtime


a = A()
print(a.f([1, 2]), a.g(16.0), A.h("y"), a.conv(0).tm_year)
try:
    a.h("x")
except TypeError as e:
    print(e)


class B(dict):
    get2 = dict.get


print(B(a=1).get2("a"))
