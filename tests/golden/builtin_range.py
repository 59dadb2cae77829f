print(list(range(5)), list(range(2, 5)), list(range(0, 10, 3)), list(range(5, 0, -1)), list(range(0)))
for i in range(3, -3, -2):
    print(i, end=" ")
print()
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    range()
except TypeError as e:
    print("TypeError:", e)
print(range(3)[1], len(range(-5, 5)), sum(range(1000000)))
