# List operations: append/pop, indexing, slicing, comprehensions, sort,
# nested lists (matrix multiply), membership tests.
def matmul(a, b):
    n = len(a)
    m = len(b[0])
    k = len(b)
    return [[sum(a[i][x] * b[x][j] for x in range(k)) for j in range(m)] for i in range(n)]


def main():
    data = []
    for i in range(600000):
        data.append((i * 7919) % 10007)
    data.sort()
    evens = [x for x in data if x % 2 == 0]
    rev = data[::-1]
    s = 0
    for i in range(0, len(data), 3):
        s += data[i] * (i % 5) - rev[i]
    stack = []
    for x in evens[:300000]:
        stack.append(x)
        if len(stack) > 10:
            stack.pop(0)
    a = [[(i + j) % 10 for j in range(80)] for i in range(80)]
    c = matmul(a, a)
    trace = sum(c[i][i] for i in range(80))
    hits = sum(1 for x in range(9900, 10010) if x in stack)
    print(f"lists {len(evens)} {s} {stack[-1]} {trace} {hits}")


main()
