# A bound method forwards unknown attributes to its function (CPython's method_getattro):
# decorators that mark functions (unittest's skip/expectedFailure) are seen through it.
class A:
    def f(self):
        "doc of f"
    f.flag = True

    def g(self):
        pass

    @classmethod
    def c(cls):
        pass


A.g.__dict__['x'] = 5
a = A()
print(a.f.flag, getattr(a.f, 'flag', 'missing'), hasattr(a.f, 'flag'))
print(getattr(a.g, 'x', 'missing'), a.g.x)
print(getattr(a.g, 'nope', 'missing'), hasattr(a.g, 'nope'))
print(a.f.__doc__, a.f.__name__, a.f.__func__ is A.f)
A.c.__func__.mark = 'm'
print(A.c.mark, a.c.mark)
print(a.f.__dict__)
try:
    a.g.nope
except AttributeError as e:
    print(e)
try:
    a.f.flag = False
except AttributeError as e:
    print(e)
print(a.f.flag, len.__name__)
