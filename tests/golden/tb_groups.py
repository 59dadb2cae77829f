# ExceptionGroup reports: the boxes, nesting, truncation after 15 and below depth 10.
import sys


def report(e):
    sys.excepthook(type(e), e, e.__traceback__)


def fail(exc):
    raise exc


def collect(*excs):
    caught = []
    for exc in excs:
        try:
            fail(exc)
        except BaseException as e:
            caught.append(e)
    return caught


report(ExceptionGroup("simple", [ValueError(1), TypeError(2)]))

try:
    raise ExceptionGroup("raised", collect(KeyError("a"), OSError("b")))
except ExceptionGroup as e:
    report(e)

inner = ExceptionGroup("inner", collect(IndexError(0)))
try:
    raise ExceptionGroup("outer", [inner, ZeroDivisionError("z")])
except ExceptionGroup as e:
    report(e)

report(ExceptionGroup("wide", [ValueError(i) for i in range(17)]))
report(ExceptionGroup("exactly fifteen", [ValueError(i) for i in range(15)]))
report(ExceptionGroup("sixteen", [ValueError(i) for i in range(16)]))

deep = ValueError("leaf")
for i in range(12):
    deep = ExceptionGroup(f"level {i}", [deep])
report(deep)


def chained():
    try:
        raise KeyError("first")
    except KeyError as e:
        raise ValueError("second") from e


noted = TypeError("noted")
noted.add_note("a note\nin a group")
members = collect(*[RuntimeError("in group")]) + [noted]
try:
    chained()
except ValueError as e:
    members.append(e)
report(BaseExceptionGroup("base", members + [KeyboardInterrupt()]))


def rec(n):
    if n == 0:
        raise ValueError("deep")
    rec(n - 1)


try:
    rec(6)
except ValueError as e:
    report(ExceptionGroup("repeated lines", [e]))

try:
    try:
        raise ExceptionGroup("handled", [OSError("x")])
    except* OSError:
        raise RuntimeError("from except*")
except RuntimeError as e:
    report(e)

try:
    raise ExceptionGroup("group", [ValueError("v")])
except ExceptionGroup as eg:
    raise TypeError("after group") from eg
