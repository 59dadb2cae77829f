# The match statement (PEP 634/636): every kind of pattern, guards, bindings, errors.
from dataclasses import dataclass
from enum import Enum
import collections


class Color(Enum):
    RED = 1
    GREEN = 2


@dataclass
class Point:
    x: int
    y: int


class Plain:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __repr__(self):
        return f"Plain({self.a}, {self.b})"


def describe(v):
    match v:
        case None:
            return "none"
        case True:
            return "true"
        case 0 | 1 | 2:
            return f"small {v}"
        case -5:
            return "minus five"
        case 1.5:
            return "one and a half"
        case 2 + 3j:
            return "complex"
        case "hello" | "hi":
            return "greeting"
        case b"raw":
            return "bytes"
        case Color.RED:
            return "red"
        case []:
            return "empty list"
        case [x]:
            return f"one item {x!r}"
        case [x, y] if x == y:
            return f"pair of equal {x}"
        case [x, y]:
            return f"pair {x} {y}"
        case [first, *rest] if len(rest) > 3:
            return f"long, first={first} rest={rest}"
        case [first, *_, last]:
            return f"first={first} last={last}"
        case {"action": "move", "to": (x, y)}:
            return f"move to {x},{y}"
        case {"action": action, **others}:
            return f"action {action} others={others}"
        case {}:
            return "some mapping"
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, y) as p if x == y:
            return f"diagonal {p}"
        case Point():
            return "some point"
        case Plain(a=1, b=b):
            return f"plain b={b}"
        case int(n) if n > 100:
            return f"big int {n}"
        case str() as s:
            return f"string {s!r}"
        case (int() | float()) as num:
            return f"number {num}"
        case _:
            return f"other {type(v).__name__}"


for value in [None, True, False, 0, 2, -5, 1.5, 2 + 3j, "hello", "hi", b"raw", Color.RED,
              Color.GREEN, [], [7], (3, 3), [3, 4], [1, 2, 3, 4, 5], (1, 2, 3),
              {"action": "move", "to": (1, 2)}, {"action": "jump", "height": 3, "x": 1},
              {"other": 1}, Point(0, 0), Point(0, 5), Point(4, 4), Point(4, 5), Plain(1, 9),
              Plain(2, 9), 1000, 50, "text", 2.5, "", {1, 2}, range(2), range(10),
              collections.OrderedDict(action="x"), collections.deque([1, 2])]:
    print(repr(value), "->", describe(value))


# Bindings stay after the match; a failed guard still binds.
match [1, 2]:
    case [a, b] if a > b:
        print("no")
    case _:
        print("guard failed, a =", a, "b =", b)

# Subject tuple without parentheses, nested patterns, or-patterns binding names.
def classify(*args):
    match args:
        case ("add", int(x), int(y)) | ("plus", int(x), int(y)):
            return x + y
        case ("neg", int(x)):
            return -x
        case ("pair", (a, b), [c, *ds]):
            return (a, b, c, ds)
        case ((1 | 2) as small, ):
            return f"small {small}"
        case _:
            return None


print(classify("add", 1, 2), classify("plus", 3, 4), classify("neg", 5))
print(classify("pair", (1, 2), [3, 4, 5]), classify(2), classify(9))

match 1, 2:
    case x, y:
        print("tuple subject", x, y)

# Or-pattern alternatives binding names in different orders.
for v in [(1, "a"), ("b", 2)]:
    match v:
        case (int(n), str(s)) | (str(s), int(n)):
            print("n", n, "s", s)

# Strings and bytes are not sequences; dict is not a sequence.
for v in ["ab", b"ab", bytearray(b"ab"), {"a": 1, "b": 2}]:
    match v:
        case [p, q]:
            print("sequence", p, q)
        case _:
            print("not a sequence:", type(v).__name__)

# __match_args__, match_self classes, and subclasses.
class MyInt(int):
    pass


match MyInt(5):
    case int(5):
        print("MyInt matches int(5)")

match 3.0:
    case int():
        print("no")
    case float(x):
        print("float", x)

# Mapping with non-dict Mapping classes and get().
class Config(collections.abc.Mapping):
    def __init__(self, **kw):
        self.data = kw

    def __getitem__(self, k):
        return self.data[k]

    def __iter__(self):
        return iter(self.data)

    def __len__(self):
        return len(self.data)


match Config(host="h", port=80):
    case {"host": host, **rest}:
        print("host", host, "rest", rest)

# Custom sequence
class Seq(collections.abc.Sequence):
    def __getitem__(self, i):
        return [10, 20, 30][i]

    def __len__(self):
        return 3


match Seq():
    case [a, *mid, c]:
        print("seq", a, mid, c)
match Seq():
    case [a, *_, c]:
        print("seq star wildcard", a, c)

# Value patterns compare with ==; singletons with is.
match 1:
    case True:
        print("1 is True?")
    case 1:
        print("1 == 1")
match 1.0:
    case 1:
        print("1.0 == 1")

# match inside functions: captured names are locals.
def f(v):
    match v:
        case [x, *ys]:
            return x, ys
    return "no match"


print(f([1, 2, 3]), f([]), f("abc"))

# Runtime errors.
class BadArgs:
    __match_args__ = ["a"]


class NotStrArgs:
    __match_args__ = (1,)


class TwoArgs:
    __match_args__ = ("a", "b")
    a = 1
    b = 2


class Keys:
    A = "a"
    B = "a"


for subject, which in [(5, 0), (BadArgs(), 1), (NotStrArgs(), 2), (5, 3), (TwoArgs(), 4),
                       (TwoArgs(), 5), ({"a": 1}, 6)]:
    try:
        match subject:
            case len() if which == 0:
                pass
            case BadArgs(1) if which == 1:
                pass
            case NotStrArgs(1) if which == 2:
                pass
            case int(1, 2) if which == 3:
                pass
            case TwoArgs(1, 2, 3) if which == 4:
                pass
            case TwoArgs(1, a=1) if which == 5:
                pass
            case {Keys.A: 1, Keys.B: 2} if which == 6:
                pass
    except Exception as e:
        print(type(e).__name__, e)

match TwoArgs():
    case TwoArgs(1, 2, c=3):
        print("no")
    case TwoArgs(1, b=y):
        print("missing attribute fails the case; y =", y)

# Attribute lookup order and side effects.
class Loud:
    __match_args__ = ("p", "q")

    def __getattr__(self, name):
        print("  getattr", name)
        if name == "q":
            raise AttributeError(name)
        return 1


match Loud():
    case Loud(1, 2):
        print("no")
    case Loud(p=1):
        print("p matched")

# match as a soft keyword
match = [1, 2]
case = 3
print(match, case)
match[0] = 5
print(match)
_ = 4
print(_)

# Syntax errors are reported with positions.
for src in ['match x:\n    case f"a": pass', 'match x:\n    case -x: pass',
            'match x:\n    case 1+2: pass', 'match x:\n    case {"a":1, "a":2}: pass',
            'match x:\n    case _: pass\n    case 1: pass',
            'match x:\n    case y: pass\n    case 1: pass', 'match x:\n    case [a, a]: pass',
            'match x:\n    case a | b: pass', 'match x:\n    case [a] | [b]: pass',
            'match x:\n    case [*a, *b]: pass', 'match x:\n    case C(a=1, a=2): pass',
            'match x:\n    case C(a=1, b): pass', 'match x:\n    case 1 as _: pass',
            'match x:\n    case 1 as 2: pass', 'match x\n    case 1: pass',
            'match x:\ncase 1: pass', 'match x:\n    case 1\n        pass',
            'match x:\n    case {**_}: pass', 'match x:\n    case __debug__: pass',
            'match x:\n    case {1: a, True: b}: pass', 'match x:\n    case {-1: a, -1: b}: pass',
            'match x:\n    case 1.0 | 1j: pass', 'match x:\n    case C(__debug__=1): pass',
            'match x:\n    case [1, 2] as __debug__: pass']:
    try:
        compile(src, "<test>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print(f"{type(e).__name__}: {e.msg} ({e.lineno}, {e.offset}, {e.end_lineno}, {e.end_offset})")
