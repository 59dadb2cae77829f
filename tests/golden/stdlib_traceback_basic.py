# traceback: format_exc/print_exc/format_exception/print_exception/format_tb, chains and limits.
import traceback
import sys

def inner():
    raise ValueError("bad value")

def outer():
    try:
        inner()
    except ValueError as e:
        raise RuntimeError("wrapped") from e

try:
    outer()
except RuntimeError:
    print("".join(traceback.format_exc()), end="")
    traceback.print_exc(file=sys.stdout)
    traceback.print_exc(limit=1, chain=False, file=sys.stdout)
    e = sys.exc_info()[1]

print("".join(traceback.format_exception(e)), end="")
print("".join(traceback.format_exception(type(e), e, e.__traceback__, chain=False)), end="")
print(traceback.format_exception_only(e))
print(traceback.format_exception_only(ValueError, ValueError("x")))
print("".join(traceback.format_tb(e.__traceback__)), end="")
traceback.print_tb(e.__traceback__, file=sys.stdout)
traceback.print_exception(e, file=sys.stdout)
print(repr(traceback.format_exc()))
try:
    {}["k"]
except KeyError:
    traceback.print_exc(file=sys.stdout)
try:
    traceback.print_exception(5)
except TypeError as err:
    print(err)
traceback.print_exception(e, limit=0, file=sys.stdout)
