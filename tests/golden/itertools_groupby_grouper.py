# groupby groups are itertools._grouper objects, valid until the groupby moves on.
import itertools
data = 'aaabccddd'
for k, g in itertools.groupby(data):
    print(k, list(g))
groups = [(k, g) for k, g in itertools.groupby(data)]
print([(k, list(g)) for k, g in groups])
it = itertools.groupby([1, 1, 2, 3, 3, 3], key=lambda x: x % 2)
k, g = next(it); print(k, next(g)); k2, g2 = next(it); print(k2, list(g2), list(g))
print([(k, len(list(g))) for k, g in itertools.groupby(sorted('mississippi'))])
g = next(itertools.groupby('xy'))[1]; print(type(g).__name__, type(g).__module__, iter(g) is g)
print(list(itertools.groupby([])))
for k, g in itertools.groupby([1, 2, 2, 3]):
    print(k, next(g), list(g))
