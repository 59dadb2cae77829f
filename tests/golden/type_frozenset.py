f = frozenset([3, 1, 2, 3])
print(f, len(f), 2 in f, type(f).__name__)
print(f | {9}, f & frozenset({1, 7}), f - {1}, type(f | {9}).__name__, type({9} | f).__name__)
d = {f: "frozen key", frozenset(): "empty"}
print(d[frozenset({1, 2, 3})], d[frozenset()])
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})), frozenset() == set())
print({frozenset({1}), frozenset({1})})
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
try:
    {{1}}
except TypeError as e:
    print("TypeError:", e)
print(frozenset(), set(), repr(frozenset({5})))
