matrix = [[1, 2], [3, 4]]
total = 0
for row in range(3):
    total += matrix[row][1]
