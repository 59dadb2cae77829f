# Chained exceptions: __cause__, __context__, suppression, and cycles.
import sys


def report(e):
    sys.excepthook(type(e), e, e.__traceback__)


def cause():
    try:
        {}["missing"]
    except KeyError as e:
        raise LookupError("not found") from e


def context():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("while handling")


def suppressed():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("quiet") from None


def three():
    try:
        try:
            raise OSError("first")
        except OSError as e:
            raise TypeError("second") from e
    except TypeError:
        raise RuntimeError("third")


def cause_over_context():
    try:
        raise KeyError("context")
    except KeyError:
        raise ValueError("result") from IndexError("explicit cause")


for f in (cause, context, suppressed, three, cause_over_context):
    try:
        f()
    except Exception as e:
        report(e)

# A cycle: each printed once.
a = ValueError("a")
b = TypeError("b")
a.__context__ = b
b.__context__ = a
report(a)

# A context that was suppressed but has a cause set later.
c = RuntimeError("c")
c.__cause__ = KeyError("k")
c.__suppress_context__ = False
report(c)

# An exception whose str() is empty, chained.
try:
    try:
        raise ValueError()
    except ValueError:
        raise KeyError() from None
except KeyError as e:
    e.__context__ = ValueError("")
    e.__suppress_context__ = False
    report(e)


def final():
    try:
        raise ValueError("inner")
    finally:
        print("cleanup")


try:
    final()
except ValueError:
    raise SystemError("outer")
