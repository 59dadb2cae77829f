class C:
    def m(self, x):
        return x
    @classmethod
    def cm(cls, a, b):
        pass
    @staticmethod
    def sm(a):
        pass
c = C()
for t in [lambda: c.m(), lambda: c.m(1, 2), lambda: C.m(c), lambda: C.cm(1), lambda: c.sm(),
          lambda: c.m(y=1), lambda: C.m()]:
    try:
        t()
    except TypeError as e:
        print(e)
def outer():
    def inner(q):
        pass
    return inner
try:
    outer()()
except TypeError as e:
    print(e)
