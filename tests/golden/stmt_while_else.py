i = 0
while i < 3:
    print("loop", i)
    i += 1
else:
    print("else ran, i =", i)
i = 0
while i < 10:
    if i == 2:
        print("breaking")
        break
    i += 1
else:
    print("not printed")
print("after", i)
n = 0
while n < 5:
    n += 1
    if n % 2:
        continue
    print("even", n)
else:
    print("done evens")
while False:
    pass
else:
    print("else of never-run loop")
