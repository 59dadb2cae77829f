# enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, aliases, functional API.
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, type(Color.RED), Color)
print(list(Color), len(Color), Color(2), Color['BLUE'], Color.RED in Color, Color.RED is Color(1))
print([c.name for c in Color], Color.__members__, f"{Color.GREEN}", f"{Color.GREEN:>15}|")
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE, hash(Color.RED) == hash(Color.RED), {Color.RED: 'r'}[Color.RED])
try: Color(7)
except ValueError as e: print("ValueError:", e)
try: Color['PINK']
except KeyError as e: print("KeyError:", e)
try: Color.RED = 5
except AttributeError as e: print("AttributeError:", e)
class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2
print(Shape.ALIAS_FOR_SQUARE, list(Shape), Shape(2), list(Shape.__members__))
try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 2
except ValueError as e: print("ValueError:", e)
class Weekday(Enum):
    MONDAY = auto()
    TUESDAY = auto()
    def is_weekend(self): return False
    @classmethod
    def first(cls): return cls.MONDAY
print(list(Weekday), Weekday.MONDAY.is_weekend(), Weekday.first(), repr(auto()) if False else '')
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 2), repr(Planet.MERCURY))
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE, repr(Num.TWO), Num.ONE + 1, Num.TWO == 2, Num(1), f"{Num.TWO}", sorted([Num.TWO, Num.ONE]), int(Num.TWO), isinstance(Num.ONE, int), Num)
class Animal(StrEnum):
    CAT = auto()
    DOG = 'dog'
print(Animal.CAT, repr(Animal.CAT), Animal.DOG == 'dog', Animal('cat'), Animal.CAT.upper(), f"{Animal.DOG}!", list(Animal))
class Mixed(str, Enum):
    A = 'a'
print(Mixed.A, repr(Mixed.A), Mixed.A == 'a', f"{Mixed.A}")
class Perm(Flag):
    R = 4
    W = 2
    X = 1
print(repr(Perm.R | Perm.W), str(Perm.R | Perm.W), list(Perm), list(Perm.R | Perm.X), repr(~Perm.R), repr(Perm(0)), str(Perm(0)))
print(Perm.R in (Perm.R | Perm.W), Perm.X in (Perm.R | Perm.W), bool(Perm(0)), bool(Perm.R), Perm, (Perm.R | Perm.W) & Perm.R)
class C2(Flag):
    RED = auto(); GREEN = auto(); BLUE = auto(); WHITE = RED | GREEN | BLUE
print(list(C2), repr(C2.WHITE), repr(C2.RED | C2.GREEN), len(C2), list(C2.__members__))
class IP(IntFlag):
    R = 4
    W = 2
    X = 1
print(repr(IP.R | IP.W), IP.R | IP.W, IP.R | 8, repr(IP.R | 8), IP.R + 1, IP(6), IP)
Animal2 = Enum('Animal2', 'ANT BEE CAT')
print(list(Animal2), Animal2.BEE.value, repr(Animal2.CAT))
class Status(Enum):
    ACTIVE = "active"
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower(): return m
        return None
print(Status("ACTIVE"), Status.ACTIVE.value)
print(isinstance(Color.RED, Color), isinstance(Color.RED, Enum), issubclass(Color, Enum), type(Color).__name__)
print(sorted(Color, key=lambda c: c.value, reverse=True), max(Num), Color.RED.__class__)
print(repr(~Perm.R), repr(~(IP.R | IP.W)))
