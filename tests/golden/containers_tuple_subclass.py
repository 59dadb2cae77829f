# Subclasses of tuple: construction, slicing and operators give plain tuples, hash as tuples.
class P(tuple):
    pass
p = P((1, 2))
print(p, type(p).__name__, type(p[:1]).__name__, type(p + p).__name__, p == (1, 2), hash(p) == hash((1, 2)), P())
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
pt = Point(3, 4)
print(pt, pt.x, len(pt), pt[1], list(pt), isinstance(pt, tuple), pt + (5,), hash(pt) == hash((3, 4)))
