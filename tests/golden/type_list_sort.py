l = [5, 2, 8, 1, 9, 3]
l.sort(); print(l)
l.sort(reverse=True); print(l)
words = ["banana", "Apple", "cherry", "date", "Elder", "fig"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[1]))
recs = [("x", 2), ("y", 1), ("z", 2), ("w", 1)]
recs.sort(key=lambda r: r[1])
print(recs)
recs.sort(key=lambda r: r[1], reverse=True)
print(recs)
print(sorted([3, 1, 2], key=lambda x: -x), sorted([]), sorted("cba"))
try:
    [1, "a"].sort()
except TypeError as e:
    print("TypeError:", e)
print(l.sort() is None)
big = [(i * 7919) % 1009 for i in range(2000)]
big.sort()
print(big[:5], big[-5:], all(big[i] <= big[i + 1] for i in range(len(big) - 1)))
