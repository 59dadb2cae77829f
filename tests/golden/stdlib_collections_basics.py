# collections: deque, defaultdict, Counter, OrderedDict, namedtuple, ChainMap, collections.abc.
from collections import deque, defaultdict, Counter, OrderedDict, namedtuple, ChainMap
import collections
from collections.abc import Iterable, Mapping, Sequence, MutableMapping
d = deque([1,2,3], maxlen=5)
d.append(4); d.appendleft(0); d.append(5)
print(d, d.maxlen, len(d), d[0], d[-1])
d.rotate(2); print(d); d.rotate(-3); print(d)
print(d.popleft(), d.pop(), d)
d.extendleft([9,8]); print(d, d.index(8), d.count(9))
print(deque(), deque('abc'), list(reversed(deque('abc'))))
try: deque().pop()
except IndexError as e: print(e)
dd = defaultdict(list); dd['a'].append(1); dd['b']
print(dd, dict(dd), dd.default_factory)
print(defaultdict(int, a=1), defaultdict(None))
c = Counter('abracadabra'); print(c, c.most_common(2), c['z'], sorted(c.elements()))
c.update('aaz'); c.subtract({'a': 10}); print(c)
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2))
print(Counter(a=3,b=1) | Counter(a=1,b=2), Counter(a=3,b=1) & Counter(a=1,b=2), c.total())
od = OrderedDict(a=1, b=2, c=3); od.move_to_end('a'); print(od); od.move_to_end('c', last=False); print(od)
print(od.popitem(), od.popitem(last=False), od, od.keys(), od.values(), od.items())
print(OrderedDict(a=1,b=2) == OrderedDict(b=2,a=1), OrderedDict(a=1,b=2) == dict(b=2,a=1))
P = namedtuple('Point', 'x y'); p = P(1, y=2); print(p, p.x, p[1], p._asdict(), p._replace(x=5), P._fields, P._make([3,4]))
Q = namedtuple('Q', ['a', 'b', 'c'], defaults=[0, 1]); print(Q(5), Q._field_defaults, Q)
x, y = p; print(x + y, isinstance(p, tuple), P.__doc__)
try: namedtuple('X', 'a a')
except ValueError as e: print(e)
try: namedtuple('X', 'class')
except ValueError as e: print(e)
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3}); print(cm, cm['a'], cm['b'], len(cm), list(cm), cm.new_child({'z': 0}))
print(isinstance([], Iterable), isinstance({}, Mapping), isinstance((), Sequence), isinstance(1, Iterable), issubclass(dict, MutableMapping))
print(isinstance(d, collections.abc.MutableSequence), collections.abc.Iterable, Iterable[int])
class MyMap(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = MyMap(); m.update(a=1, b=2); print(m.get("a"), m.pop("b"), list(m.items()), list(m.keys()), "a" in m)
class Bad(Mapping): pass
try: Bad()
except TypeError as e: print(e)
