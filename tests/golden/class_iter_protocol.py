class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        return CountdownIter(self.start)
class CountdownIter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
c = Countdown(3)
print(list(c), list(c), sum(c), max(c))
for x in c:
    print(x, end=" ")
print()
it = iter(c)
print(next(it), next(it), next(it), next(it, "done"))
a, b, cc = Countdown(3)
print(a, b, cc)
print(3 in Countdown(5), 9 in Countdown(5))
print(list(zip(Countdown(3), "abc")), sorted(Countdown(4)))
class GetItemSeq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
print(list(GetItemSeq()), 9 in GetItemSeq(), [x for x in GetItemSeq()])
class NotIter:
    pass
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError:", e)
try:
    for x in 5:
        pass
except TypeError as e:
    print("TypeError:", e)
