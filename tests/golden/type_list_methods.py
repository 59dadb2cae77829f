l = [3, 1, 2]
l.append(4); print(l)
l.extend([5, 6]); print(l)
l.extend("ab"); print(l)
l.insert(0, "first"); l.insert(100, "last"); l.insert(-1, "before last"); print(l)
l.remove("a"); print(l)
try:
    l.remove("zzz")
except ValueError as e:
    print("ValueError:", e)
print(l.pop(), l.pop(0), l.pop(-2), l)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError:", e)
l = [1, 2, 3, 2, 1]
print(l.index(2), l.index(2, 2), l.count(1), l.count(9))
try:
    l.index(9)
except ValueError as e:
    print("ValueError:", e)
l.reverse(); print(l)
c = l.copy(); c.append(0); print(l, c)
c.clear(); print(c)
print(len(l), l * 2, [0] * 3, [] * 5, l + [9])
