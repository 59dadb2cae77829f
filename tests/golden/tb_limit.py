# sys.tracebacklimit: only the innermost entries; none (and no header) when <= 0.
import sys


def report(e):
    sys.excepthook(type(e), e, e.__traceback__)


def a(n):
    if n == 0:
        raise ValueError("deep")
    b(n - 1)


def b(n):
    a(n)


try:
    a(4)
except ValueError as e:
    caught = e

for limit in (1, 2, 3, 5, 100, 0, -1, "not an int", 10**30):
    sys.tracebacklimit = limit
    print("limit", repr(limit), file=sys.stderr)
    report(caught)

del sys.tracebacklimit
report(caught)
sys.tracebacklimit = 2
a(10)
