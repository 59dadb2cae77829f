# sys._getframe, inspect.stack/currentframe, linecache: callers' names, lines, globals and locals.
import sys, inspect, linecache
def where():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno, f.f_globals["__name__"], sorted(f.f_locals)
def caller(a, b=2):
    x = a + b
    return where()
print(caller(1))
def outer():
    def inner():
        return [sys._getframe(i).f_code.co_name for i in range(3)]
    return inner()
print(outer())
try:
    sys._getframe(50)
except ValueError as e:
    print(e)
from collections import namedtuple
print(namedtuple("P", "x y").__module__)
def who_called():
    st = inspect.stack()
    return [(fi.function, fi.lineno, fi.code_context[0].strip()) for fi in st[:3]]
def f1():
    return who_called()
print(f1())
print(inspect.currentframe().f_code.co_name, type(inspect.currentframe()).__name__)
print(repr(linecache.getline(__file__, 1)), linecache.getline(__file__, 9999) == "", linecache.getline("/nonexistent", 1) == "")
print(len(linecache.getlines(__file__)) > 20)
