for i in range(4):
    print("even" if i % 2 == 0 else "odd", "zero" if i == 0 else "one" if i == 1 else "many")
f = lambda x: x if x > 0 else -x
print(f(-3), f(4))
print([x if x % 3 else "fizz" for x in range(1, 7)])
x = 1 if True else 1 / 0
print(x)
print((lambda: "a")() if 0 else "b")
