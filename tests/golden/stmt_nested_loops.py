result = []
for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        result.append((i, j))
print(result)
count = 0
i = 0
while i < 5:
    j = 0
    while j < 5:
        if i * j > 6:
            break
        count += 1
        j += 1
    i += 1
print(count)
found = None
for a in range(1, 20):
    for b in range(a, 20):
        c2 = a * a + b * b
        c = int(c2 ** 0.5)
        if c * c == c2 and c > 10:
            found = (a, b, c)
            break
    if found:
        break
print(found)
for x in range(3):
    pass
print(x)
for x in []:
    pass
print(x)
