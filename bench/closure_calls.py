# Closures: calling closures, reading and writing cells (nonlocal),
# lambdas passed as values, higher-order helpers.
def make_counter():
    count = 0

    def inc(step):
        nonlocal count
        count += step
        return count

    return inc


def make_adder(n):
    return lambda x: x + n


def compose(f, g):
    def h(x):
        return f(g(x))
    return h


def main():
    counter = make_counter()
    add3 = make_adder(3)
    twice = compose(add3, make_adder(-1))
    acc = 0
    for i in range(1500000):
        acc += counter(1) + twice(i) - add3(i)
    fs = [make_adder(k) for k in range(100)]
    total = 0
    for _ in range(10000):
        for f in fs:
            total = f(total) & 0xFFFFF
    print(f"closure_calls {acc} {counter(0)} {total}")


main()
