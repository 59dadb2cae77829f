# "Did you mean" for AttributeError and NameError, shown only in the report.
import sys


def report(e):
    sys.excepthook(type(e), e, e.__traceback__)


class Point:
    def __init__(self):
        self.horizontal = 1
        self.vertical = 2

    def distance(self):
        return 0


p = Point()
for attr in ("horizonal", "vertcal", "distanse", "Distance", "xyz", "__init", "h"):
    try:
        getattr(p, attr)
    except AttributeError as e:
        report(e)
        print(str(e))

try:
    [].apend(1)
except AttributeError as e:
    report(e)

try:
    "text".uper()
except AttributeError as e:
    report(e)

report(AttributeError("made", name="appendd", obj=[]))
report(AttributeError("made without obj", name="appendd"))


class Sub(AttributeError):
    pass


report(Sub("subclass", name="appendd", obj=[]))

global_counter = 0


def use_local(argument_value):
    local_total = 1
    return argument_valeu + local_total


def use_global():
    return global_countr


def use_builtin():
    return lenn([])


def use_nothing_close():
    return completely_unrelated_name


for f in (use_local, use_global, use_builtin, use_nothing_close):
    try:
        f(1) if f is use_local else f()
    except NameError as e:
        report(e)
        print(str(e))

try:
    prnt("x")
except NameError as e:
    report(e)

pritn("uncaught")
