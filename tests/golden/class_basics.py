class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def move(self, dx, dy):
        self.x += dx
        self.y += dy
        return self
p = Point(3, 4)
print(p.x, p.y, p.norm2(), p.dims, Point.dims)
p.move(1, 1).move(1, 1)
print(p.x, p.y)
q = Point(0, 0)
q.dims = 3
print(q.dims, Point.dims, p.dims)
Point.dims = 5
print(p.dims, q.dims)
print(type(p).__name__, type(p) is Point, isinstance(p, Point), Point.__name__)
print(sorted(p.__dict__.items()))
print(p.__class__.__name__)
