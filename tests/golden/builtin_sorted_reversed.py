print(sorted([3, 1, 2]), sorted("bca"), sorted((2, 1)), sorted({3: 0, 1: 0}), sorted([3, 1], reverse=True))
data = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[1], reverse=True))
print(sorted(["B", "a", "C"]), sorted(["B", "a", "C"], key=str.lower))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
r = reversed([1, 2])
print(type(r).__name__, next(r), next(r), next(r, "end"))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return "abc"[i]
print(list(reversed(Seq())))
class Rev:
    def __reversed__(self):
        return iter([9, 8])
print(list(reversed(Rev())))
l = [1, 2, 3]
s = sorted(l, reverse=True)
print(l, s)
