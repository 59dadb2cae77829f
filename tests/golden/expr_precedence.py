print(2 + 3 * 4, (2 + 3) * 4, 2 * 3 ** 2, -2 ** 2, (-2) ** 2, 2 ** -1)
print(10 - 4 - 3, 2 ** 3 ** 2, 100 / 10 / 5, 17 % 5 * 2, 7 // 2 * 2)
print(1 + 2 << 1, 1 | 2 ^ 3 & 4, (1 | 2) ^ 3, 6 & 3 | 8, ~1 + 1, -~5)
print(not 1 == 2, not (1 == 2), 1 < 2 and 2 < 3 or False)
print(True or False and False, (True or False) and False)
print(1 + 2 == 3, 3 == 1 + 2, 5 > 3 == True)
print(2 * -3, - - 3, + - 3, 3 - -3)
print(1 if 0 else 2 + 10, (1 if 0 else 2) + 10)
x = 5
print(x > 3 and x < 10, x & 1 == 1, (x & 1) == 1)
print([1, 2] + [3] * 2, "ab" * 2 + "c")
print(2 ** 2 ** 3, 4 ** 0.5, (-8) % 3, -8 % 3, -(8 % 3))
two = 2
print((lambda: 1 if True else 2)(), 1 if False else two is not None)
