# types.MethodType and types.ModuleType construct bound methods and modules.
import types
class A:
    pass
def f(self, x):
    return (self, x)
a = A()
m = types.MethodType(f, a)
print(m(1)[1], m.__self__ is a, m.__func__ is f)
mod = types.ModuleType("mymod", "doc here")
mod.x = 5
print(mod, mod.__name__, mod.__doc__, mod.x)
mod2 = types.ModuleType("m2")
print(mod2.__doc__, repr(mod2))
try:
    types.MethodType(f)
except TypeError as e:
    print(e)
try:
    types.MethodType(1, a)
except TypeError as e:
    print(e)
