# except* with ExceptionGroup types is a TypeError at run time; except* does catch
# BaseExceptions like KeyboardInterrupt; a non-exception type is a TypeError.
for exc_type in (ExceptionGroup, BaseExceptionGroup, (ValueError, ExceptionGroup)):
    try:
        try:
            raise ValueError("x")
        except* exc_type:
            print("not printed")
    except TypeError as e:
        print("TypeError:", e)

try:
    try:
        raise ValueError("x")
    except* int:
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    raise BaseExceptionGroup("base", [KeyboardInterrupt()])
except* KeyboardInterrupt as e:
    print("caught", type(e).__name__, repr(e))
