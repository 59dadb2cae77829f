print([1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [] == [])
print([1, [2, 3]] == [1, [2, 3]], [1, 2] != [2, 1], [[1]] < [[2]])
print([1, 2] == (1, 2), list((1, 2)) == [1, 2])
try:
    [1] < ["a"]
except TypeError as e:
    print("TypeError:", e)
a = [1, 2, 3]
b = a
a = a + [4]
print(a, b)
nested = [[0] * 2] * 2
nested[0][0] = 5
print(nested)
proper = [[0] * 2 for _ in range(2)]
proper[0][0] = 5
print(proper)
print(list(), list("ab"), list(range(3)), list({1: 2}), list((1,)))
