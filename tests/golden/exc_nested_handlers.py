def f():
    try:
        try:
            raise ValueError("first")
        except ValueError as e1:
            try:
                raise TypeError("second")
            except TypeError as e2:
                print("inner", e2, "context:", repr(e2.__context__))
                raise KeyError("third")
    except KeyError as e3:
        print("outer", repr(e3), "context:", repr(e3.__context__), "ctx of ctx:", repr(e3.__context__.__context__))
f()
try:
    try:
        raise ValueError("x")
    finally:
        print("cleanup")
except ValueError:
    print("handled after finally")
def g():
    try:
        raise ValueError
    except ValueError:
        pass
    raise TypeError("after handled")
try:
    g()
except TypeError as e:
    print("context cleared?", e.__context__)
