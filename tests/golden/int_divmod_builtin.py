print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(divmod(0, 7), divmod(10**20, 3), divmod(True, 2))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 2.5), divmod(-7.0, -2))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print(e)
