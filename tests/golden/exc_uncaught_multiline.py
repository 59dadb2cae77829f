def compute(a, b, c):
    return a * b // c
values = [1, 2, 0]
result = (
    values[0] +
    compute(values[1],
            values[0],
            values[2])
)
print(result)
