class C:
    factor = 10
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
    try:
        scaled = [v * factor for v in values]
    except NameError as e:
        scaled = "NameError: " + str(e)
    first = [factor for _ in range(1)] if False else None
print(C.doubled)
print(C.scaled)
class D:
    n = 3
    try:
        grid = [[i for i in range(n)] for j in range(2)]
    except NameError as e:
        grid = "NameError: " + str(e)
print(D.grid)
