# copy (copy, deepcopy, hooks, cycles) and string (constants, capwords, Template).
import copy, string
from string import Template
a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
a[1].append(99); a[2]['k'].append(5)
print(a, b, c, b[1] is a[1], c[1] is a[1])
class Pt:
    def __init__(self, x, tags): self.x, self.tags = x, tags
    def __repr__(self): return f"Pt({self.x}, {self.tags})"
p = Pt(1, ['a']); p2 = copy.copy(p); p3 = copy.deepcopy(p); p.tags.append('b')
print(p2, p3, p2.tags is p.tags, type(p3).__name__)
class Custom:
    def __init__(self): self.v = [1]
    def __copy__(self): print("__copy__ called"); return Custom()
    def __deepcopy__(self, memo): print("__deepcopy__ called"); return Custom()
copy.copy(Custom()); copy.deepcopy(Custom())
r = [1]; r.append(r); rc = copy.deepcopy(r); print(rc[1] is rc, rc is not r)
t = (1, [2]); tc = copy.deepcopy(t); print(tc, tc[1] is t[1], copy.copy(t) is t, copy.deepcopy((1, 2)) is not None)
d = {'a': {'b': 1}}; dc = copy.deepcopy(d); dc['a']['b'] = 2; print(d, dc)
from collections import OrderedDict, defaultdict, deque, Counter, namedtuple
print(copy.deepcopy(OrderedDict(a=[1])), copy.copy(defaultdict(list, a=[1])), copy.deepcopy(deque([1, [2]])), copy.copy(Counter('aab')))
P = namedtuple('P', 'x y'); print(copy.copy(P(1, [2])), copy.deepcopy(P(1, [2])))
s = {1, 2}; print(copy.copy(s), copy.deepcopy(frozenset([1])))
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits, string.punctuation)
print(repr(string.whitespace), len(string.printable), string.ascii_uppercase, string.capwords("hello  wide world"), string.capwords("a-b-c", "-"))
t = Template('$who likes $what, ${who}s pay $$5')
print(t.substitute(who='tim', what='kung pao'), t.substitute({'who': 'ann', 'what': 'tea'}), t.get_identifiers(), t.is_valid())
print(Template('$who likes $what').safe_substitute(who='tim'), Template('${x} and $').safe_substitute(x=1))
try: Template('$who likes $what').substitute(who='tim')
except KeyError as e: print("KeyError:", e)
try: Template('bad $ here').substitute()
except ValueError as e: print("ValueError:", e)
