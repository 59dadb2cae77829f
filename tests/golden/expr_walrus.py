data = [1, 4, 9, 16, 25]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 10])
print(y)
i = 0
while (i := i + 1) < 4:
    print("i", i)
def f():
    if (z := 10) > 5:
        return z + 1
print(f())
total = 0
vals = [(s := s_ * 2) for s_ in range(3)]
print(vals, s)
print((a := 5), a + 1)
