# hash() of tuples, frozensets and ranges equals CPython's (xxHash tuplehash, frozenset_hash).
print(hash(()), hash((1,)), hash((1, 2)), hash((1, 2, 3)), hash((-1,)), hash((0, 0)))
print(hash(((1, 2), (3, 4))), hash((1.5, 2)), hash((2**40, -2**40)), hash((2**70,)))
print(hash((True, False)), hash((1, (2, (3, (4,))))))
print(hash(frozenset()), hash(frozenset({1})), hash(frozenset({1, 2})), hash(frozenset(range(10))))
print(hash(frozenset({(1, 2), (3, 4)})), hash(frozenset({frozenset({1}), frozenset({2})})))
print(hash(range(5)), hash(range(1, 10, 2)), hash(range(-3, 30, 4)))
print(hash((1, 2)) == hash((1, 2)), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
for bad in ([1], {1: 2}, {1}, (1, [2]), slice(1)):
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)
d = {(1, 2): "a", frozenset({3}): "b", range(3): "c"}
print(d[(1, 2)], d[frozenset([3])], d[range(0, 3)])
print({(i, i * i) for i in range(12)})
