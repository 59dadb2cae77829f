# Runs of identical traceback entries: the first three, then "[Previous line repeated ...]".
import sys


def report(f, *args):
    try:
        f(*args)
    except Exception as e:
        sys.excepthook(type(e), e, e.__traceback__)


def down(n):
    if n == 0:
        raise ValueError("bottom")
    down(n - 1)


def ping(n):
    if n == 0:
        raise KeyError(n)
    pong(n - 1)


def pong(n):
    ping(n)


def twice(n):
    if n == 0:
        return 1 / n
    if n % 2:
        return twice(n - 1)
    return twice(n - 1)


for depth in (0, 1, 2, 3, 4, 5, 10):
    print("depth", depth)
    report(down, depth)
report(ping, 6)
report(twice, 9)


def countdown(n):
    if n:
        countdown(n - 1)
    else:
        raise RuntimeError("liftoff")


countdown(50)
