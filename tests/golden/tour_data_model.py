# A tour of the data model: slotted classes with operators, weakref, copy/deepcopy hooks,
# collections.abc mixins and checks, operator module, metaclass dunders.
import copy, weakref, gc, sys, operator, collections.abc as cabc
class Vec:
    __slots__ = ('x', 'y', '__weakref__')
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"Vec({self.x}, {self.y})"
    def __eq__(self, o): return (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y)
    def __iadd__(self, o): self.x += o.x; self.y += o.y; return self
    def __neg__(self): return Vec(-self.x, -self.y)
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self): return bool(self.x or self.y)
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __len__(self): return 2
    def __copy__(self): return Vec(self.x, self.y)
v = Vec(3, 4); w = v; w += Vec(1, 1); print(v, w is v, -v, abs(Vec(3, 4)), bool(Vec(0, 0)), list(v), v[-1], len(v), {v: 1}[Vec(4, 5)])
try: v.z = 1
except AttributeError as e: print(e)
r = weakref.ref(v); print(r() is v, type(r).__name__)
c = copy.copy(v); d = copy.deepcopy([v, [v]]); print(c, c is v, d[0] is d[1][0], d[0] is v)
class Registry(cabc.MutableMapping):
    def __init__(self): self._d = {}
    def __getitem__(self, k): return self._d[k.lower()]
    def __setitem__(self, k, v): self._d[k.lower()] = v
    def __delitem__(self, k): del self._d[k.lower()]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
reg = Registry(); reg['A'] = 1; reg.update(B=2); print(dict(reg), reg.get('a'), 'b' in reg, reg.pop('A'), list(reg.items()), isinstance(reg, cabc.Mapping))
class Sized:
    def __len__(self): return 0
print(isinstance(Sized(), cabc.Sized), isinstance([], cabc.Sequence), isinstance({}, cabc.MutableMapping), issubclass(str, cabc.Hashable), isinstance(iter([]), cabc.Iterator))
print(operator.add(1, 2), operator.itemgetter(1, 0)('ab'), operator.methodcaller('upper')('x'), operator.neg(3), operator.contains([1], 1), operator.index(5))
a = [[1, 2], [3]]; b = a[:]; b[0].append(9); print(a, copy.deepcopy(a) == a, copy.deepcopy(a)[0] is a[0])
print(sys.intern('abc') is sys.intern('abc'), type(sys.getsizeof([])), sys.byteorder, sys.maxunicode, type(sys.version), sys.float_info.max, sys.int_info.bits_per_digit in (15, 30))
class Meta(type):
    def __repr__(cls): return f"<Meta {cls.__name__}>"
    def __len__(cls): return 42
class K(metaclass=Meta): pass
print(K, len(K), type(K), isinstance(K, Meta), K.__class__.__class__)
print(getattr(K, '__doc__'), K.__qualname__, K.__module__, [c.__name__ for c in K.__mro__], callable(K), K.__dict__.get('__doc__'))
