# split()/subgroup() build new groups with derive(); a subclass that does not override derive
# gets plain ExceptionGroups back. __traceback__, __cause__, __context__ and __notes__ are
# copied to the derived groups.
class MyGroup(ExceptionGroup):
    def __new__(cls, message, excs, code):
        obj = super().__new__(cls, message, excs)
        obj.code = code
        return obj

    def derive(self, excs):
        return MyGroup(self.message, excs, self.code)


class PlainSub(ExceptionGroup):
    pass


g = MyGroup("mine", [ValueError(1), TypeError(2)], 42)
m, r = g.split(ValueError)
print(type(m).__name__, m.code, repr(m.exceptions), type(r).__name__, r.code)
p = PlainSub("plain", [ValueError(1), TypeError(2)])
m, r = p.split(ValueError)
print(type(p).__name__, type(m).__name__, type(r).__name__)
print(repr(p.derive([KeyError()])))

try:
    try:
        raise KeyError("ctx")
    except KeyError:
        raise ExceptionGroup("with ctx", [ValueError("a"), TypeError("b")]) from OSError("cause")
except ExceptionGroup as e:
    e.add_note("a note")
    m, r = e.split(ValueError)
    for part in (m, r):
        print(repr(part), repr(part.__cause__), repr(part.__context__), part.__notes__,
              part.__traceback__ is e.__traceback__)
