def primes(n):
    out = []
    for c in range(2, n):
        for d in range(2, int(c ** 0.5) + 1):
            if c % d == 0:
                break
        else:
            out.append(c)
    return out
print(primes(50))
def search(matrix, target):
    for r, row in enumerate(matrix):
        for c, v in enumerate(row):
            if v == target:
                break
        else:
            continue
        return (r, c)
    return None
print(search([[1, 2], [3, 4]], 4), search([[1]], 9))
