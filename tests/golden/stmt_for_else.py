def find(seq, target):
    for i, x in enumerate(seq):
        if x == target:
            print("found at", i)
            break
    else:
        print("not found")
find([1, 2, 3], 2)
find([1, 2, 3], 5)
find([], 1)
for c in "ab":
    print(c)
else:
    print("end of string loop")
for i in range(3):
    for j in range(3):
        if j == 1:
            break
    else:
        print("inner else never")
    print("outer", i)
else:
    print("outer else")
for x in [1, 2, 3]:
    continue
else:
    print("continue still runs else", x)
