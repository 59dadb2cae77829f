log = []
def f():
    try:
        try:
            log.append("inner try")
            raise ValueError("x")
        finally:
            log.append("inner finally")
    except ValueError:
        log.append("outer except")
    finally:
        log.append("outer finally")
f()
print(log)
def g():
    try:
        try:
            return "inner"
        finally:
            print("g inner finally")
    finally:
        print("g outer finally")
print(g())
def h():
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise ValueError("b")
        except ValueError as e:
            return repr(e) + " ctx=" + repr(e.__context__)
print(h())
