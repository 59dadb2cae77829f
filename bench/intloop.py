# Integer loops: while/for loops doing arithmetic, comparisons and bit ops
# on local small ints.
def collatz_steps(limit):
    total = 0
    n = 1
    while n < limit:
        x = n
        while x != 1:
            if x & 1:
                x = 3 * x + 1
            else:
                x >>= 1
            total += 1
        n += 1
    return total


def sieve_count(n):
    flags = [True] * n
    count = 0
    for i in range(2, n):
        if flags[i]:
            count += 1
            for j in range(i * i, n, i):
                flags[j] = False
    return count


def main():
    a = collatz_steps(60000)
    b = sieve_count(1000000)
    h = 0
    for i in range(1500000):
        h = (h * 31 + i) % 1000000007
    print(f"intloop {a} {b} {h}")


main()
