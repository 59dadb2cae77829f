# pprint: layouts at several widths, depth, compact, sorted and unsorted dicts, strings, collections, dataclasses.
import pprint
from collections import OrderedDict, defaultdict, Counter, deque
from dataclasses import dataclass
data = {"name": "Krait", "versions": list(range(30)), "nested": {"b": [1, {"x": "y" * 30}], "a": (1, 2, 3)},
        "text": "The quick brown fox jumps over the lazy dog " * 3, "set": {3, 1, 2}, "empty": {}, "t1": (5,)}
pprint.pprint(data)
pprint.pprint(data, width=40, indent=2)
pprint.pprint(data, depth=1)
pprint.pprint(list(range(40)), compact=True)
pprint.pprint({"b": 1, "a": 2}); pprint.pprint({"b": 1, "a": 2}, sort_dicts=False); pprint.pp({"b": 1, "a": 2})
print(pprint.pformat([[1, 2], [3, 4]] * 8, width=30))
pprint.pprint(OrderedDict((str(i), i * i) for i in range(12)))
pprint.pprint(defaultdict(list, {"k%d" % i: [i] * 5 for i in range(6)}))
pprint.pprint(Counter("abracadabra" * 5)); pprint.pprint(deque(range(30)))
@dataclass
class P:
    name: str
    items: list
pprint.pprint(P("x" * 20, list(range(25))))
l = [1, 2]; l.append(l); print(pprint.isrecursive(l), pprint.isreadable([1]))
pprint.pprint(frozenset(range(30)))
pprint.pprint("short"); pprint.pprint("long words " * 12)
print(pprint.pformat(123456789, underscore_numbers=True))
