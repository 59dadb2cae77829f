# The per-class fields of the builtin exceptions.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

# OSError and its errno-mapped subclasses
e = OSError(2, "No such file or directory", "missing.txt")
print(type(e).__name__, e.errno, e.strerror, e.filename, e.filename2, e.args, str(e))
e = OSError(13, "Permission denied")
print(type(e).__name__, str(e), e.filename)
e = OSError(1, "a", "f1", None, "f2")
print(type(e).__name__, str(e), e.args)
print(str(OSError("just text")), OSError("just text").errno, OSError().args)
print(str(OSError(None, "strerror only")))
print(type(OSError(11, "x")).__name__, type(OSError(32, "x")).__name__,
      type(OSError(999, "x")).__name__, type(FileNotFoundError(1, "x")).__name__)
print(BlockingIOError(11, "busy", 5).characters_written)
show(lambda: OSError(1, "x").characters_written)
show(lambda: OSError(x=1))

class MyOSError(OSError):
    def __init__(self, a, b, c):
        super().__init__(a)
        self.c = c
m = MyOSError(1, 2, 3)
print(m.args, m.errno, m.c)

# ImportError
e = ImportError("no module", name="mod", path="/p")
print(e.msg, e.name, e.path, str(e), repr(e))
print(ImportError().msg, ImportError("a", "b").msg, str(ImportError(5)), str(ImportError("a", "b")))
show(lambda: ImportError(bad=1))
e = ModuleNotFoundError("No module named 'zz'", name="zz")
print(type(e).__name__, e.name, str(e))

# NameError, AttributeError
print(NameError("n").name, NameError("n", name="x").name)
show(lambda: NameError(obj=1))
a = AttributeError("msg", name="attr", obj=[1])
print(a.name, a.obj, str(a), AttributeError().name, AttributeError().obj)
try:
    undefined_variable_here
except NameError as err:
    print(repr(err))
try:
    [].nope
except AttributeError as err:
    print(repr(err), err.name, err.obj)

# SyntaxError
e = SyntaxError("invalid syntax", ("/some/dir/x.py", 3, 4, "bad line\n", 3, 7))
print(str(e), e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset,
      e.print_file_and_line)
print(str(SyntaxError("m", ("f.py", None, 1, "t"))), str(SyntaxError("m", (None, 5, 1, "t"))))
print(str(SyntaxError()), SyntaxError().msg, str(SyntaxError("only msg")))
show(lambda: SyntaxError("m", (1, 2)))
show(lambda: SyntaxError("m", (1, 2, 3, 4, 5)))
show(lambda: SyntaxError("m", (1, 2, 3, 4, 5, 6, 7)))
show(lambda: SyntaxError("m", 5))
print(issubclass(IndentationError, SyntaxError), str(IndentationError("bad indent", ("y.py", 2, 1, "x", 2, 2))))
try:
    compile_me = "x = (1,"
    exec(compile_me)
except SyntaxError as err:
    print(type(err).__name__, err.lineno, err.filename)

# Unicode errors
e = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 1, "invalid start byte")
print(str(e), e.encoding, e.object, e.start, e.end, e.reason)
print(str(UnicodeDecodeError("ascii", b"abc", 0, 2, "bad")))
print(str(UnicodeEncodeError("ascii", "h\u00e9llo", 1, 2, "ordinal not in range(128)")))
print(str(UnicodeEncodeError("ascii", "\u20ac", 0, 1, "r")), str(UnicodeEncodeError("ascii", "ab", 0, 2, "r")))
print(str(UnicodeTranslateError("x", 0, 1, "r")), UnicodeTranslateError("x", 0, 1, "r").encoding)
show(lambda: UnicodeDecodeError("utf-8"))
show(lambda: UnicodeDecodeError(1, b"", 0, 1, "r"))
show(lambda: UnicodeDecodeError("u", 5, 0, 1, "r"))
show(lambda: UnicodeEncodeError("u", b"x", 0, 1, "r"))
print(repr(str(UnicodeDecodeError.__new__(UnicodeDecodeError))))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as err:
    print(err, err.start, err.end)
