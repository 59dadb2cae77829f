# __notes__ (add_note): printed after the message, line by line.
import sys


def report(e):
    sys.excepthook(type(e), e, e.__traceback__)


e = ValueError("with notes")
e.add_note("first note")
e.add_note("second\nnote on two lines")
e.add_note("")
e.add_note("trailing newline\n")
report(e)

e = KeyError("k")
e.__notes__ = ("a tuple", "of notes")
report(e)

e = TypeError("t")
e.__notes__ = "abc"
report(e)


class BadStr:
    def __str__(self):
        raise RuntimeError("no")


e = IndexError("bad note")
e.__notes__ = ["ok", BadStr(), 42]
report(e)

e = IndexError("not a sequence")
e.__notes__ = 42
report(e)
print("after")

try:
    raise OSError("boom")
except OSError as err:
    err.add_note("added while handling")
    raise
