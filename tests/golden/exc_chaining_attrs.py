def f():
    try:
        raise KeyError("original")
    except KeyError as e:
        raise ValueError("while handling") from e
try:
    f()
except ValueError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
    print(e.__cause__ is e.__context__)
def g():
    try:
        raise KeyError("a")
    except KeyError:
        raise ValueError("b") from None
try:
    g()
except ValueError as e:
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    try:
        1 / 0
    finally:
        print("finally while propagating")
except ZeroDivisionError as e:
    print(e.__context__)
e = ValueError()
print(e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
e.__cause__ = KeyError("set manually")
print(repr(e.__cause__), e.__suppress_context__)
try:
    raise ValueError("x")
except ValueError as err:
    print(err.__traceback__ is not None, type(err.__traceback__).__name__, err.__traceback__.tb_lineno)
