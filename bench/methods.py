# Method calls and attributes: instance attribute reads/writes, method calls
# through inheritance, properties, class attributes.
class Vec:
    scale = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)


class Particle:
    def __init__(self, i):
        self.pos = Vec(i, -i)
        self.vel = Vec(1, 2)
        self.hits = 0

    def step(self):
        self.pos = self.pos.add(self.vel)
        if self.pos.x > 100:
            self.pos.x -= 200
            self.hits += 1


class Heavy(Particle):
    def step(self):
        Particle.step(self)
        self.vel.y = -self.vel.y


def main():
    ps = [Particle(i) if i % 3 else Heavy(i) for i in range(100)]
    for _ in range(25000):
        for p in ps:
            p.step()
    total = 0
    for p in ps:
        total += p.hits + p.pos.norm1 + p.pos.dot(p.vel) * Vec.scale
    print(f"methods {total}")


main()
