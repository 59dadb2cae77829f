# BaseException behaviour: args, str/repr, chaining attributes, notes, __dict__.
for e in [ValueError(), ValueError("x"), ValueError("x", 2), KeyError("k"), KeyError(),
          KeyError("a", "b"), StopIteration(5), Exception(None), TypeError([1, 2])]:
    print(repr(e), "|", str(e), "|", e.args)

class MyErr(Exception):
    pass

class WithInit(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b

print(repr(MyErr()), repr(MyErr(1, "two")), str(MyErr("m")))
w = WithInit("first", "second")
print(repr(w), w.args, w.b, w.__dict__)

e = ValueError("v")
print(e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
e.__cause__ = KeyError("k")
print(repr(e.__cause__), e.__suppress_context__)
e.__cause__ = None
print(e.__cause__, e.__suppress_context__)
e.__context__ = TypeError()
print(repr(e.__context__))
for attr, value in [("__cause__", 1), ("__context__", "x"), ("__suppress_context__", 1),
                    ("__traceback__", 5), ("__dict__", [])]:
    try:
        setattr(e, attr, value)
    except TypeError as err:
        print("TypeError:", err)
for attr in ["args", "__traceback__", "__cause__", "__context__"]:
    try:
        delattr(e, attr)
    except TypeError as err:
        print("TypeError:", err)

e.args = [1, 2, 3]
print(e.args, str(e))
e.args = "ab"
print(e.args, repr(e))
e.extra = "attr"
print(e.extra, e.__dict__)
e.__dict__ = {"z": 1}
print(e.z, hasattr(e, "extra"))

e = RuntimeError("r")
e.add_note("first note")
e.add_note("second note")
print(e.__notes__)
try:
    e.add_note(42)
except TypeError as err:
    print("TypeError:", err)
e.__notes__ = "not a list"
try:
    e.add_note("x")
except TypeError as err:
    print("TypeError:", err)

print(ValueError("x").with_traceback(None))
try:
    ValueError().with_traceback(3)
except TypeError as err:
    print("TypeError:", err)
try:
    raise ValueError("tb")
except ValueError as caught:
    tb = caught.__traceback__
    print(type(tb).__name__, caught.with_traceback(tb) is caught)

try:
    ValueError(x=1)
except TypeError as err:
    print("TypeError:", err)
try:
    MyErr(y=2)
except TypeError as err:
    print("TypeError:", err)
try:
    BaseException.__new__(int)
except TypeError as err:
    print("TypeError:", err)
print(BaseException.__new__(ValueError, 1, 2).args)

# StopIteration.value and SystemExit.code
print(StopIteration().value, StopIteration(1).value, StopIteration(1, 2).value)
s = StopIteration(3)
s.value = 4
print(s.value, s.args)
print(SystemExit().code, SystemExit(2).code, SystemExit("bye").code, SystemExit(1, 2).code)

def gen():
    yield 1
    return "done"
g = gen()
next(g)
try:
    next(g)
except StopIteration as stop:
    print("returned:", stop.value)

# Exceptions compare by identity and hash.
a = ValueError(1)
print(a == ValueError(1), a == a, hash(a) == hash(a))
print(isinstance(ValueError(), Exception), issubclass(KeyError, LookupError),
      issubclass(ExceptionGroup, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
print([c.__name__ for c in ExceptionGroup.__mro__])
print(EnvironmentError is OSError, IOError is OSError)
