# Recursive calls: Python-to-Python call overhead with a few arguments,
# default arguments and keyword calls.
def tak(x, y, z):
    if y < x:
        return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
    return z


def depth(n, acc=0):
    if n == 0:
        return acc
    return depth(n - 1, acc=acc + n)


def main():
    r = tak(24, 16, 8)
    s = 0
    for _ in range(3000):
        s += depth(500)
    print(f"calls {r} {s}")


main()
