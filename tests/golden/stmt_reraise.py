def f():
    try:
        raise ValueError("original")
    except ValueError:
        print("handling, then re-raise")
        raise
try:
    f()
except ValueError as e:
    print("outer got", repr(e))
try:
    try:
        raise KeyError("k")
    except KeyError as e:
        err = e
    raise err
except KeyError as e2:
    print("raised stored", repr(e2), e2 is err)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
def g():
    try:
        raise IndexError("i")
    except IndexError:
        try:
            raise TypeError("t")
        except TypeError:
            pass
        raise
try:
    g()
except Exception as e:
    print("re-raised", repr(e))
