# BaseExceptionGroup / ExceptionGroup and except*.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

eg = ExceptionGroup("msg", [ValueError(1), TypeError(2)])
print(repr(eg), "|", str(eg), "|", eg.message, eg.exceptions, eg.args)
print(type(BaseExceptionGroup("b", [ValueError()])).__name__,
      type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__)
print(str(ExceptionGroup("one", (KeyError("k"),))))
show(lambda: ExceptionGroup("m"))
show(lambda: ExceptionGroup(1, []))
show(lambda: ExceptionGroup("m", 5))
show(lambda: ExceptionGroup("m", {ValueError()}))
show(lambda: ExceptionGroup("m", []))
show(lambda: ExceptionGroup("m", [1]))
show(lambda: ExceptionGroup("m", "ab"))
show(lambda: ExceptionGroup("m", [KeyboardInterrupt()]))
show(lambda: BaseExceptionGroup("m", [ValueError()], x=1))

class MyEG(ExceptionGroup):
    pass
class MyBEG(BaseExceptionGroup):
    pass
show(lambda: MyEG("m", [KeyboardInterrupt()]))
print(type(MyBEG("m", [ValueError()])).__name__, type(MyEG("m", [ValueError()])).__name__)

nested = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)]), KeyError(4)])
match, rest = nested.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(nested.subgroup(TypeError)), nested.subgroup(OSError))
print(nested.split(Exception)[0] is nested, nested.split(Exception)[1])
print(repr(nested.split(lambda e: isinstance(e, KeyError))))
print(repr(nested.subgroup((TypeError, KeyError))))
show(lambda: nested.split(3))
show(lambda: nested.split((ValueError, 3)))
show(lambda: nested.derive([KeyboardInterrupt()]))
print(repr(nested.derive([ValueError("d")])))

# split keeps the metadata and copies the notes
try:
    raise ExceptionGroup("m", [ValueError(1), TypeError(2)]) from KeyError("cause")
except ExceptionGroup as caught:
    caught.add_note("a note")
    m, r = caught.split(ValueError)
    print(repr(m.__cause__), m.__traceback__ is caught.__traceback__, m.__notes__, r.__notes__,
          m.__notes__ is caught.__notes__)

class Derived(ExceptionGroup):
    def derive(self, excs):
        return Derived(self.message + "!", excs)
d = Derived("d", [ValueError(), TypeError()])
print(repr(d.split(ValueError)))

# except*
def handle(exc):
    try:
        raise exc
    except* ValueError as e:
        print("ValueError part:", repr(e))
    except* TypeError as e:
        print("TypeError part:", repr(e))

handle(ValueError("naked"))
handle(ExceptionGroup("g", [ValueError(1), TypeError(2), ValueError(3)]))
try:
    handle(ExceptionGroup("g", [ValueError(1), KeyError(2)]))
except ExceptionGroup as left:
    print("left over:", repr(left))

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise
    except* TypeError:
        raise RuntimeError("new")
except BaseException as final:
    print(repr(final))

try:
    try:
        raise ValueError("v")
    except* int:
        pass
except TypeError as err:
    print("TypeError:", err)
try:
    try:
        raise ValueError("v")
    except* ExceptionGroup:
        pass
except TypeError as err:
    print("TypeError:", err)
