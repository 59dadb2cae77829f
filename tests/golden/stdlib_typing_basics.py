# typing: reprs of aliases and special forms, TypeVar, Generic, Protocol, NamedTuple, TypedDict, get_type_hints.
from typing import (Any, Optional, Union, List, Dict, Set, Tuple, FrozenSet, Type, Callable,
    Iterable, Iterator, Generator, AsyncIterator, AsyncGenerator, Awaitable, Coroutine,
    Sequence, Mapping, MutableMapping, TypeVar, Generic, Protocol, ClassVar, Final, Literal,
    Annotated, cast, overload, TYPE_CHECKING, NoReturn, NamedTuple, TypedDict, get_type_hints,
    get_origin, get_args, runtime_checkable, NewType, Deque, DefaultDict, Counter, ForwardRef)
import typing
print(List[int], Dict[str, int], Set[float], FrozenSet[str], Tuple[int, ...], Tuple[int, str], Tuple[()])
print(Optional[int], Union[int, str], Union[int, None], Union[None, int], Optional[Union[int, str]])
print(Union[int], Union[int, int, str], Union[int, Union[str, float]])
print(Callable[[int, str], bool], Callable[..., int], Callable[[], None])
print(Any, NoReturn, ClassVar[int], Final[str], Literal['a', 'b'], Literal[1], Annotated[int, "meta"])
print(List, Dict, Callable, Tuple, Iterable, Iterable[int], Iterator[str], Generator[int, None, None])
print(Type[int], Sequence[int], Mapping[str, List[int]], MutableMapping[str, Any], Awaitable[int], Coroutine[Any, Any, int])
print(AsyncIterator[int], AsyncGenerator[int, None], Deque[int], DefaultDict[str, int], Counter[str])
T = TypeVar('T'); K = TypeVar('K'); V = TypeVar('V')
T_co = TypeVar('T_co', covariant=True); N = TypeVar('N', int, float); B = TypeVar('B', bound=str)
print(T, T_co, N.__constraints__, B.__bound__, T.__name__, List[T], Dict[K, V], Dict[str, T][int])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]) is Union, get_args(Optional[int]))
print(get_args(Callable[[int], str]), get_origin(Callable[[int], str]), get_origin(int), get_args(int), get_origin(Annotated[int, 1]) is Annotated)
print(Optional[int] == Union[int, None], Union[int, str] == Union[str, int], List[int] == List[int], List[int] == List[str])
print(isinstance([], List), isinstance({}, Dict), isinstance(3, Optional[int]) if False else '', issubclass(list, Sequence) if False else '')
try: isinstance([], List[int])
except TypeError as e: print("TypeError:", e)
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int](); s.push(1); s.push(2); print(s.pop(), Stack[int], Stack.__parameters__, type(s).__name__)
class Pair(Generic[K, V]):
    def __init__(self, k: K, v: V): self.k, self.v = k, v
print(Pair[str, int], Pair("a", 1).k, Pair.__mro__)
try: Pair[int]
except TypeError as e: print("TypeError:", e)
class Shape(Protocol):
    def area(self) -> float: ...
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(1, Closable))
try: isinstance(F(), Shape)
except TypeError as e: print("TypeError:", e)
try: Shape()
except TypeError as e: print("TypeError:", e)
class Sq:
    def area(self) -> float: return 4.0
def total(s: Shape) -> float: return s.area()
print(total(Sq()))
class Employee(NamedTuple):
    name: str
    id: int = 3
    def greet(self): return f"hi {self.name}"
e = Employee("Guido"); print(e, e.id, e.greet(), Employee._fields, Employee.__annotations__, Employee._field_defaults)
print(Employee("a", 1)._replace(id=5), isinstance(e, tuple), Employee)
P = NamedTuple('P', [('x', int), ('y', int)]); print(P(1, 2), P._fields)
class Movie(TypedDict):
    title: str
    year: int
m = Movie(title="Blade Runner", year=1982); print(m, type(m), Movie.__required_keys__ == {'title','year'}, Movie.__annotations__, Movie)
class Partial(TypedDict, total=False):
    a: int
print(Partial.__total__, Partial.__optional_keys__, Partial())
print(cast(int, "x"), cast(List[int], 5), TYPE_CHECKING)
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x): return x * 2
print(f(2), f("a"))
def g(a: int, b: "str" = "x", c: Optional[List[int]] = None) -> Dict[str, int]: return {}
print(get_type_hints(g))
class C:
    x: int
    y: "List[str]"
    z: ClassVar[int] = 0
print(get_type_hints(C))
UserId = NewType('UserId', int); print(UserId(5), UserId, UserId.__supertype__)
print(ForwardRef('X'), List['X'], Optional['C'])
print(typing.Text, typing.AnyStr, typing.Hashable, typing.Sized, typing.SupportsInt)
print(isinstance(3, typing.SupportsInt), isinstance("a", typing.SupportsInt), isinstance(3.0, typing.SupportsFloat))
print(Literal['x'] == Literal['x'], Union[int, List[int]], T | None if hasattr(T, '__or__') else '', List[int] | None)
def h(x: Annotated[int, "positive"]) -> None: pass
print(get_type_hints(h), get_type_hints(h, include_extras=True))
try: Union[()]
except TypeError as e: print("TypeError:", e)
try: List[int, str]
except TypeError as e: print("TypeError:", e)
try: List()
except TypeError as e: print("TypeError:", e)
try:
    class Bad(Generic[int]): pass
except TypeError as e: print("TypeError:", e)
print(Deque[int]([1, 2]), typing.Tuple, typing.Type, Union)
