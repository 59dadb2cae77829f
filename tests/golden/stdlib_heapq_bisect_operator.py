# heapq, bisect and operator.
import heapq, bisect, operator
from operator import itemgetter, attrgetter, methodcaller
h = [5, 1, 8, 3, 9, 2, 7]
heapq.heapify(h); print(h)
heapq.heappush(h, 0); print(h, heapq.heappop(h), h)
print(heapq.heappushpop(h, 4), heapq.heapreplace(h, 10), h)
print([heapq.heappop(h) for _ in range(len(h))])
print(heapq.nlargest(3, [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2]), heapq.nsmallest(3, [1, 8, 2, 23, 7, -4]))
people = [{'name': 'a', 'age': 30}, {'name': 'b', 'age': 25}, {'name': 'c', 'age': 35}]
print(heapq.nsmallest(2, people, key=lambda p: p['age']), heapq.nlargest(1, people, key=itemgetter('age')))
print(list(heapq.merge([1, 3, 5], [2, 4, 6], [0, 7])), list(heapq.merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)))
print(list(heapq.merge([5, 3, 1], [6, 2], reverse=True)))
tasks = []
for pr, name in [(3, 'write'), (1, 'code'), (2, 'test'), (1, 'apple')]:
    heapq.heappush(tasks, (pr, name))
print([heapq.heappop(tasks) for _ in range(4)])
try: heapq.heappop([])
except IndexError as e: print("IndexError:", e)
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 5), bisect.bisect_left(a, 0), bisect.bisect(a, 100))
bisect.insort(a, 3); bisect.insort_left(a, 4); print(a)
def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect.bisect_left(recs, 3, key=itemgetter(1)))
bisect.insort(recs, ('x', 4), key=itemgetter(1)); print(recs)
print(operator.add(1, 2), operator.mul(3, 4), operator.sub(5, 1), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10), operator.neg(3))
print(operator.eq(1, 1), operator.lt(1, 2), operator.not_(0), operator.truth([]), operator.contains([1, 2], 2), operator.concat([1], [2]), operator.is_(None, None))
print(operator.getitem([1, 2, 3], 1), operator.countOf([1, 1, 2], 1), operator.indexOf('abc', 'c'), operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.index(5))
l = [1, 2, 3]; operator.setitem(l, 0, 9); operator.delitem(l, 1); print(l, operator.iadd([1], [2]), operator.length_hint(iter([1, 2, 3])))
g = itemgetter(1); print(g([5, 6]), itemgetter(0, 2)('abc'), g, itemgetter('x', 'y'))
class P:
    def __init__(self, name, age): self.name, self.age = name, age
    def greet(self, greeting, punct='!'): return f"{greeting}, {self.name}{punct}"
ps = [P('bob', 30), P('al', 25)]
print([p.name for p in sorted(ps, key=attrgetter('age'))], attrgetter('name', 'age')(ps[0]), attrgetter('name'))
print(methodcaller('greet', 'hi')(ps[0]), methodcaller('greet', 'yo', punct='?')(ps[1]), methodcaller('greet', 'hi', punct='.'))
print(sorted([('b', 2), ('a', 2), ('c', 1)], key=itemgetter(1, 0)))
from functools import reduce
print(reduce(operator.mul, range(1, 6)), list(map(operator.add, [1, 2], [10, 20])))
