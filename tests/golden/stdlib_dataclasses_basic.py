# dataclasses: generated methods, field options, frozen and ordered classes, __post_init__/InitVar, KW_ONLY, inheritance, asdict/astuple/replace, errors.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, make_dataclass
from typing import ClassVar, List

@dataclass
class Point:
    x: int
    y: int = 0
    tags: List[str] = field(default_factory=list)
    count: ClassVar[int] = 0

p = Point(1, 2)
print(p, p == Point(1, 2), p != Point(2, 1), Point(5), Point(x=3, tags=["a"]))
print([f.name for f in fields(p)], asdict(p), astuple(p), replace(p, y=9), is_dataclass(p), is_dataclass(Point), is_dataclass(1))
print(Point.__init__.__qualname__, Point.__match_args__, Point.__hash__, Point.__doc__)
@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    def bump(self):
        return replace(self, minor=self.minor + 1)
v = Version(1, 2)
print(v < Version(1, 3), sorted([Version(2), Version(1, 5), Version(1)]), hash(v) == hash(Version(1, 2)), v.bump())
try:
    v.major = 3
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
@dataclass
class WithPost:
    a: int
    b: int = field(init=False, repr=False)
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.b = self.a * scale
w = WithPost(3, 5)
print(w, w.b, fields(w)[1].repr)
@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int = 2
print(KW(1, c=5), KW(0))
try:
    KW(1, 2)
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e:
    print(e)
try:
    @dataclass
    class Bad2:
        x: int = 1
        y: int
except TypeError as e:
    print(e)
@dataclass
class Child(Point):
    z: float = 1.5
print(Child(1, 2, [], 3.0), [f.name for f in fields(Child)])
C = make_dataclass("C", [("a", int), ("b", int, field(default=5))])
print(C(1), C(1) == C(1, 5))
@dataclass(eq=False)
class NoEq:
    x: int
print(NoEq(1) == NoEq(1), NoEq(1).__hash__ is not None)
@dataclass
class Nested:
    p: Point
    items: dict
print(asdict(Nested(Point(1), {"k": Point(2)})))
try:
    Point()
except TypeError as e:
    print(e)
