# Set iteration order as CPython's table gives it: displays of constants (a frozenset constant
# copied by SET_UPDATE, with -1 and tuples folded), set algebra, updates, pops, big sets.
a = set(range(0, 300000, 3))
a.update(range(1, 200000, 7))
print(list(a)[:20], list(a)[-20:])
b = {(i, -i) for i in range(100)}
print(list(b)[:30])
c = {i / 4 for i in range(-50, 50)}
print(list(c)[:40])
d = {1.5, 2.5, -0.25, 1e100, 3, (1, 2), (3, 4), (5, 6), (0, 0), (-1, 1), True}
print(d)
print(frozenset({(1, 2), (3, 4), (5, 6), (0, 0), (-1, 1)}))
print({(1, 2), (3, 4), (5, 6), (0, 0), (-1, 1)} | {(7, 8)})
print([-1, 2, 3], (-1, 2, 3), [*(-1, 2), 3])
e = set()
for i in range(100):
    e.add(i * 37 % 101)
    if i % 3 == 0:
        e.discard(i * 11 % 101)
print(e)
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % n
out = []
for trial in range(8):
    a = [(rnd(2050) - 50) for _ in range(rnd(40))]
    b = [(rnd(2050) - 50) for _ in range(rnd(40))]
    A, B = set(a), set(b)
    FA = frozenset(a)
    r = [A, FA, A | B, A & B, A - B, A ^ B, B | A, FA | B, FA & B, set(FA), frozenset(A)]
    c = set(a); c.update(b); r.append(c)
    c = set(a); c |= B; r.append(c)
    c = set(a); c &= B; r.append(c)
    c = set(a); c -= B; r.append(c)
    c = set(a); c ^= B; r.append(c)
    c = set(a); c.intersection_update(b); r.append(c)
    c = set(a); c.difference_update(b); r.append(c)
    c = set(a); c.symmetric_difference_update(b); r.append(c)
    r.append(A.union(b, a)); r.append(A.intersection(b)); r.append(A.difference(b)); r.append(A.symmetric_difference(b))
    c = set(a)
    for x in b[:10]: c.discard(x)
    for x in b[10:]: c.add(x)
    r.append(c)
    c = A.copy(); r.append(c)
    d = dict.fromkeys(a); r.append(set(d)); r.append(set(d.keys()))
    c = set(a)
    pops = [c.pop() for _ in range(min(5, len(c)))]
    r.append(pops); r.append(c)
    r.append({*a, *b}); r.append(set(range(len(a) * 7)))
    r.append(set(map(str, a)) == set(str(x) for x in a))
    out.append(repr(r))
for i, o in enumerate(out):
    print(i, o)
