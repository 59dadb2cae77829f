# A tour of modern typing (Protocol, TypedDict, Literal in get_type_hints, NewType, overload,
# generics), dataclass KW_ONLY/ClassVar, StrEnum, and match statements.
from typing import (Protocol, TypedDict, Literal, overload, runtime_checkable, Any, Callable, Iterator, Generator,
                    Union, Optional, Final, ClassVar, NewType, cast, get_type_hints, TypeVar, Generic, Sequence, Mapping)
from dataclasses import dataclass, field, KW_ONLY
import typing, enum
@runtime_checkable
class Drawable(Protocol):
    def draw(self) -> str: ...
class Circle:
    def draw(self) -> str: return "circle"
print(isinstance(Circle(), Drawable), isinstance(1, Drawable))
class Movie(TypedDict, total=False):
    title: str
    year: int
m: Movie = {'title': 'x'}; print(m, Movie.__required_keys__, Movie.__optional_keys__)
UserId = NewType('UserId', int); print(UserId(5), UserId.__name__)
Mode = Literal['r', 'w']
def op(mode: Mode) -> None: ...
print(get_type_hints(op), typing.get_args(Mode), typing.get_origin(list[int]), typing.get_args(dict[str, int]))
T = TypeVar('T', bound=int)
class Stack(Generic[T]):
    def __init__(self) -> None: self.items: list[T] = []
    def push(self, x: T) -> None: self.items.append(x)
print(Stack[int].__origin__ if hasattr(Stack[int], '__origin__') else None, Stack.__parameters__)
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x): return x
print(f(1), f('a'), cast(int, '3'), Optional[int] == Union[int, None], int | None, (int | str).__args__)
@dataclass
class P:
    x: int
    _: KW_ONLY
    y: int = 0
    tags: list[str] = field(default_factory=list)
    MAX: ClassVar[int] = 10
print(P(1, y=2), P.MAX, [f.name for f in __import__('dataclasses').fields(P)])
def gen() -> Generator[int, None, str]:
    yield 1; return 'r'
print(list(gen()), Callable[[int], str], Sequence[int], Any)
class Color(enum.StrEnum):
    RED = enum.auto(); BLUE = enum.auto()
print(Color.RED, Color.RED == 'red', list(Color), f"{Color.BLUE}")
class Status(enum.Enum):
    OK = 200; NOT_FOUND = 404
    @property
    def is_error(self): return self.value >= 400
print(Status(404), Status.NOT_FOUND.is_error, Status['OK'].value, Status.OK.name, len(Status))
match Status.OK:
    case Status.OK: print('ok matched')
    case _: print('no')
def handle(cmd):
    match cmd.split():
        case ['go', direction]: return f"going {direction}"
        case ['pick', 'up', *items] if items: return f"picking {items}"
        case [('quit' | 'exit')]: return 'bye'
        case _: return 'unknown'
print([handle(c) for c in ['go north', 'pick up a b', 'quit', 'dance', 'pick up']])
match {'type': 'point', 'x': 1, 'y': 2}:
    case {'type': 'point', 'x': int(x), 'y': int(y)}: print('point', x, y)
