# A tour of metaclasses, __init_subclass__, properties, descriptors, __getattr__, functools
# (singledispatch, wraps with annotations, partial, total_ordering, cmp_to_key), itertools,
# heapq, bisect, closures, comprehensions and f-string specs.
import functools, operator, itertools, collections, heapq, bisect, sys
class Meta(type):
    registry = []
    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, ns)
        mcs.registry.append(name)
        return cls
    def __call__(cls, *a, **k):
        print('creating', cls.__name__); return super().__call__(*a, **k)
class Base(metaclass=Meta):
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw); cls.tag = tag
class Child(Base, tag='c'): pass
print(Meta.registry, Child.tag, type(Child()).__name__, type(Child))
class Temp:
    def __init__(self): self._c = 0
    @property
    def c(self): return self._c
    @c.setter
    def c(self, v):
        if v < -273: raise ValueError('too cold')
        self._c = v
    @c.deleter
    def c(self): print('deleting'); self._c = None
t = Temp(); t.c = 20; print(t.c); del t.c; print(t.c)
try: t.c = -300
except ValueError as e: print(e)
class Lazy:
    def __getattr__(self, name):
        if name.startswith('x'): return name * 2
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
l = Lazy(); print(l.xy, getattr(l, 'nope', 'default'))
try: l.nope
except AttributeError as e: print(e)
class Desc:
    def __set_name__(self, owner, name): self.name = name
    def __get__(self, obj, typ=None): return f"{self.name} of {typ.__name__}" if obj is None else obj.__dict__.get(self.name, 0) * 10
    def __set__(self, obj, v): obj.__dict__[self.name] = v
class D:
    val = Desc()
d = D(); d.val = 4; print(d.val, D.val)
@functools.singledispatch
def show(x): return f"obj {x}"
@show.register
def _(x: int): return f"int {x}"
@show.register(list)
def _(x): return f"list of {len(x)}"
print(show(1), show('a'), show([1, 2]))
def deco(f):
    @functools.wraps(f)
    def w(*a, **k): return f(*a, **k)
    return w
@deco
def hello(n: int) -> str:
    "Say hello."
    return 'hi' * n
print(hello.__name__, hello.__doc__, hello.__wrapped__.__name__, hello(2), hello.__annotations__)
p = functools.partial(int, base=2); print(p('101'), p.func, p.keywords)
print(sorted([('b', 2), ('a', 2), ('c', 1)], key=operator.itemgetter(1)), operator.attrgetter('real')(3))
print(list(itertools.islice(itertools.count(10, 5), 3)), list(itertools.chain.from_iterable([[1], [2, 3]])), list(itertools.zip_longest('ab', 'c', fillvalue='-')))
print(list(itertools.permutations('abc', 2))[:3], list(itertools.starmap(pow, [(2, 3)])), list(itertools.takewhile(lambda x: x < 3, range(10))), list(itertools.compress('abc', [1, 0, 1])))
h = []; [heapq.heappush(h, x) for x in [5, 1, 4, 2]]; print(heapq.heappop(h), heapq.nlargest(2, [5, 1, 4]), heapq.nsmallest(2, [5, 1, 4], key=lambda x: -x))
a = [1, 3, 5]; bisect.insort(a, 4); print(a, bisect.bisect_left(a, 4), bisect.bisect_right(a, 4))
print(type(functools.cmp_to_key(lambda a, b: b - a)), sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
@functools.total_ordering
class Ver:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(Ver(1) <= Ver(2), Ver(3) > Ver(2), Ver(2) >= Ver(2))
class Stack(collections.UserList):
    def push(self, x): self.append(x)
s = Stack(); s.push(1); s.push(2); print(s, len(s), s[-1])
print(sys.getrecursionlimit(), sum(range(10**6)), max('abc', key=ord), list(map(str.upper, 'ab')), sorted({3: 'a', 1: 'b'}.items()))
class Node:
    def __init__(self, v, nxt=None): self.v, self.nxt = v, nxt
    def __iter__(self):
        n = self
        while n: yield n.v; n = n.nxt
    def __repr__(self): return f"Node({self.v})"
    def __len__(self): return sum(1 for _ in self)
    def __contains__(self, v): return any(x == v for x in self)
    def __getitem__(self, i): return list(self)[i]
    def __bool__(self): return True
n = Node(1, Node(2, Node(3))); print(list(n), len(n), 2 in n, n[1], n[-1], reversed(list(n)).__class__.__name__, [*n])
print(f"{n!r:>12}", f"{'nested {braces}'}", f"{{literal}}", f"{3.0:{'>'}{10}.{2}f}", f"{1_000_000:_}", f"{0b1010:#o}")
x = 10
def outer():
    x = 20
    def inner():
        nonlocal x; x += 1; return x
    return inner
g = outer(); print(g(), g(), x)
print([i * j for i in range(3) for j in range(3) if i != j], {k: v for k, v in zip('ab', 'cd')}, (x for x in []).__class__.__name__)
print(divmod(10, 3), pow(2, 10, 1000), pow(3, -1, 7), abs(-2.5), round(123.456, -1), int(3.99), int(-3.99), 7 // -2, 7 % -2, 2 ** 0.5)
