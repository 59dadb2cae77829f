# The last line: the type's module and qualname, then str(exc).
import sys


def report(e):
    sys.excepthook(type(e), e, e.__traceback__)


class Plain(Exception):
    pass


class Outer:
    class Inner(Exception):
        pass


class Other(Exception):
    pass


Other.__module__ = "some.module"


class NoMessage(Exception):
    def __str__(self):
        return ""


class Failing(Exception):
    def __str__(self):
        raise ValueError("str failed")


class Custom(Exception):
    def __str__(self):
        return "custom text"


class Builtinish(Exception):
    pass


Builtinish.__module__ = "builtins"

for e in (Plain(), Plain("x"), Plain("x", 2), Outer.Inner("nested"), Other("elsewhere"),
          NoMessage("hidden"), Failing(), Custom(), Builtinish("looks builtin"),
          KeyError("key"), KeyError(), ValueError(""), ValueError(" "), OSError(2, "nope"),
          StopIteration(5), SystemExit(3), KeyboardInterrupt(), Exception("multi\nline")):
    report(e)

sys.excepthook(int, 1, None)
sys.excepthook(str, "text", None)
raise Outer.Inner("uncaught")
