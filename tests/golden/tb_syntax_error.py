# SyntaxError reports: "File" line without a function, the text and the carets.
import sys


def report(e):
    sys.excepthook(type(e), e, e.__traceback__)


for source in ("x = (1 +\n", "f(a for a in b, c)", "if True\n    pass", "1 = x",
               "def f():\n  return\n   x = 1", "print 'hello'", "a = 'unterminated",
               "  indented = 1", "class C:\npass", "x = 1 +* 2",
               "for x in range(3):\n\tif x:\n        pass", "é = ° + 1", "f(**x, *y)"):
    try:
        compile(source, "snippet.py", "exec")
    except SyntaxError as e:
        report(e)

made = [
    SyntaxError("offset past the end", ("f.py", 1, 100, "abc\n")),
    SyntaxError("caret left of the text", ("f.py", 1, 2, "   abc\n")),
    SyntaxError("a range", ("f.py", 1, 5, "   abcdef\n", 1, 8)),
    SyntaxError("a range over lines", ("f.py", 1, 5, "   abcdef\n", 2, 8)),
    SyntaxError("a long range", ("f.py", 1, 5, "   abcdef\n", 1, 80)),
    SyntaxError("no offset", ("f.py", 1, None, "   abcdef\n")),
    SyntaxError("zero offset", ("f.py", 1, 0, "   abcdef\n")),
    SyntaxError("second line of text", ("f.py", 1, 7, "ab\ncdefgh\n")),
    SyntaxError("first line of text", ("f.py", 1, 2, "ab\ncdefgh\n")),
    SyntaxError("no filename", (None, 1, 2, "abc")),
    SyntaxError("no line number", ("f.py", None, 2, "abc")),
    SyntaxError("no text", ("f.py", 3, 2, None)),
    SyntaxError("only a message"),
    IndentationError("subclass: one caret", ("f.py", 1, 5, "   abcdef\n", 1, 8)),
    TabError("tab error", ("f.py", 2, 1, "\tx\n")),
    SyntaxError("end before start", ("f.py", 1, 5, "   abcdef\n", 1, 3)),
    SyntaxError("non-ASCII text", ("f.py", 1, 3, "é€abcdef\n", 1, 6)),
    SyntaxError(None, ("f.py", 1, 3, "abcdef\n", 1, 6)),
    SyntaxError("", ("f.py", 1, 3, "abcdef\n", 1, 6)),
    SyntaxError("form feed", ("f.py", 1, 3, "\tab\fcdef", 1, 0)),
]
for e in made:
    report(e)

exec("def broken(:\n    pass\n")
