def v(x):
    print("eval", x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 != 2 != 1)
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(1 < 2 > 0, 0 <= 0 >= 0, 1 < 2 == 2 < 3)
a = [1, 2]
print(1 in a in [[1, 2]], 3 not in a)
x = 5
print(0 < x <= 5, 0 < x < 5, not 0 < x)
print("abc" < "abd" < "b", (1, 2) < (1, 3) < (2,))
print([1, 2] < [1, 2, 0], [] < [0], (1, "a") == (1, "a"))
