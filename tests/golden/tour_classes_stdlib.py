# A tour of dataclasses, enums, ABCs, NamedTuple, context managers, datetime, generators,
# exception chaining and groups, generics.
from dataclasses import dataclass, field, asdict, astuple, replace
from typing import NamedTuple, Optional, List, Dict, Protocol, TypedDict, Generic, TypeVar
from enum import Enum, auto, IntEnum, Flag
import abc, contextlib, sys, io, copy, pprint, datetime

@dataclass(order=True, frozen=True)
class Item:
    name: str
    price: float = 0.0
    tags: tuple = ()
@dataclass
class Inv:
    items: List[Item] = field(default_factory=list)
    def total(self): return sum(i.price for i in self.items)
inv = Inv([Item('a', 1.5), Item('b', 2.25, ('x',))])
print(inv, inv.total(), asdict(inv), astuple(inv.items[0]), replace(inv.items[0], price=9))
try: inv.items[0].price = 3
except Exception as e: print(type(e).__name__, e)
print(sorted([Item('z'), Item('a', 5)]), Item('a') < Item('b'), hash(Item('a')) == hash(Item('a')))
class Color(Enum):
    RED = auto(); GREEN = auto()
    def describe(self): return f"{self.name}={self.value}"
print(Color.RED, repr(Color.GREEN), Color(2), Color['RED'].describe(), list(Color), Color.RED in Color)
class Perm(Flag):
    R = 4; W = 2; X = 1
print(Perm.R | Perm.W, repr(Perm.R | Perm.X), Perm(6), bool(Perm.R & Perm.W))
class Num(IntEnum):
    ONE = 1; TWO = 2
print(Num.ONE + 1, Num(2), f"{Num.TWO}", str(Num.ONE), format(Num.ONE, 'd'))
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
try: Shape()
except TypeError as e: print(e)
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def __repr__(self): return f"Sq({self.s})"
print(Sq(3).area(), isinstance(Sq(1), Shape))
class Pt(NamedTuple):
    x: int
    y: int = 0
print(Pt(1), Pt(1, 2)._asdict(), Pt._field_defaults)
@contextlib.contextmanager
def tag(name):
    print(f"<{name}>"); yield name; print(f"</{name}>")
with tag('b') as t: print('inside', t)
with contextlib.suppress(KeyError): {}['x']
buf = io.StringIO()
with contextlib.redirect_stdout(buf): print('captured')
print(repr(buf.getvalue()))
d = {'a': [1, {'b': 2}]}; d2 = copy.deepcopy(d); d2['a'][1]['b'] = 3; print(d, d2)
pprint.pprint({'k%d' % i: list(range(i)) for i in range(8)}, width=50)
dt = datetime.datetime(2024, 2, 29, 13, 45, 30)
print(dt, dt + datetime.timedelta(days=1, hours=12), dt.strftime('%Y-%m-%d %H:%M %A %b'), dt.isoformat(), dt.weekday())
print(datetime.date(2024, 1, 1) - datetime.date(2023, 1, 1), datetime.timedelta(seconds=3661), datetime.datetime.fromisoformat('2024-01-02T03:04:05'))
def gen():
    x = yield 1
    print('got', x)
    yield from range(2)
    return 'done'
g = gen(); print(next(g), g.send('hi'), list(g))
class MyErr(Exception):
    def __init__(self, code): super().__init__(f"code {code}"); self.code = code
try:
    try: raise MyErr(5)
    except MyErr as e: raise RuntimeError('wrapped') from e
except RuntimeError as e: print(e, repr(e.__cause__), e.__cause__.code)
try: raise ExceptionGroup('grp', [ValueError(1), TypeError(2)])
except* ValueError as eg: print('VE', eg.exceptions)
except* TypeError as eg: print('TE', eg.exceptions)
print(sys.version_info[:2], sys.maxsize, type(sys.argv))
T = TypeVar('T')
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
print(Box[int](3).v, Optional[int], List[Dict[str, int]])
