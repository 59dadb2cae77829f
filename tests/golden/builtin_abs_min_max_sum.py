print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-0.0), abs(True), abs(-(10**30)))
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("abc"), min("b", "a"), max([1], [0, 9]))
print(max([1, 5, 3], key=lambda x: -x), min(["aa", "b", "ccc"], key=len), max(["aa", "bb"], key=len))
print(max([], default="empty"), min([], default=None), max([2], default=5))
print(max(1, 2, key=lambda x: 0), min([3, 1, 1], key=lambda x: x))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min()
except TypeError as e:
    print("TypeError:", e)
try:
    max(1)
except TypeError as e:
    print("TypeError:", e)
print(sum([1, 2, 3]), sum([]), sum([1, 2], 10), sum([[1], [2]], []), sum((0.5, 0.25)), sum(range(5), start=100))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError:", e)
