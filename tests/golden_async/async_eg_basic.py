# ExceptionGroup basics: message, exceptions tuple, str, repr, args, isinstance relations,
# and BaseExceptionGroup returning an ExceptionGroup when every member is an Exception.
eg = ExceptionGroup("several", [ValueError(1), TypeError("t")])
print(type(eg).__name__, eg.message, eg.exceptions)
print(str(eg))
print(repr(eg))
print(eg.args)
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup), issubclass(ExceptionGroup, BaseExceptionGroup))
print(ExceptionGroup.__mro__)
b = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError()])
print(type(b).__name__, repr(b), str(b), isinstance(b, Exception))
c = BaseExceptionGroup("all exceptions", [ValueError(), KeyError()])
print(type(c).__name__)
one = ExceptionGroup("one", (OSError(2, "nope"),))
print(str(one), repr(one))
nested = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [KeyError("b")])])
print(repr(nested))
print(str(nested), len(nested.exceptions))
lst = [ZeroDivisionError()]
g = ExceptionGroup("copy", lst)
lst.append(ValueError())
print(len(g.exceptions), type(g.exceptions).__name__)
try:
    raise ExceptionGroup("raised", [ValueError("x")])
except ExceptionGroup as e:
    print("caught", repr(e), e.exceptions[0].args)
