def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
for n in (-5, 0, 3, 42, 1000):
    print(n, classify(n))
if 0:
    print("no")
elif []:
    print("no")
else:
    print("else branch")
x = 3
if x:
    if x > 2:
        print("nested true")
    else:
        print("nested false")
if not x: pass
else: print("one-line else")
