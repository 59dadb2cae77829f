stack = []
for i in range(5):
    stack.append(i)
out = []
while stack:
    out.append(stack.pop())
print(out)
queue = list(range(5))
out = []
while queue:
    out.append(queue.pop(0))
print(out)
l = [1, 2, 3]
l[len(l):] = [4]
l[:0] = [0]
print(l, l[len(l) - 1])
matrix = [[0] * 3 for _ in range(3)]
for i in range(3):
    matrix[i][i] = 1
print(matrix)
print(sum(matrix, []))
