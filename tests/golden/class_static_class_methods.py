class C:
    count = 0
    def __init__(self):
        C.count += 1
    @staticmethod
    def add(a, b):
        return a + b
    @classmethod
    def create(cls):
        return cls()
    @classmethod
    def how_many(cls):
        return cls.count
class D(C):
    pass
print(C.add(1, 2), C().add(3, 4))
d = D.create()
print(type(d).__name__, C.how_many(), D.how_many())
print(type(C.__dict__["add"]).__name__, type(C.__dict__["create"]).__name__)
print(C.create.__self__ is C, D.create.__self__ is D)
sm = staticmethod(lambda x: x * 2)
class E:
    double = sm
print(E.double(21), E().double(4))
