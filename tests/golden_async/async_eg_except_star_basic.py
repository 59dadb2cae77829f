# try/except*: each clause handles the matching part of a group; the bound name is a group;
# several clauses can run for one group; order is clause order.
def raise_group():
    raise ExceptionGroup("eg", [ValueError("v1"), TypeError("t1"), ValueError("v2"), KeyError("k")])


try:
    raise_group()
except* ValueError as e:
    print("ValueError part:", repr(e))
except* (TypeError, KeyError) as e:
    print("Type/KeyError part:", repr(e), type(e).__name__)
print("after")

try:
    raise ExceptionGroup("nested", [ExceptionGroup("inner", [OSError("o")]), ValueError("v")])
except* OSError as e:
    print("OSError part:", repr(e))
except* ValueError as e:
    print("ValueError part:", repr(e))

try:
    raise ValueError("naked")
except* ValueError as e:
    print("naked wrapped:", repr(e), repr(e.exceptions[0]))

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* TypeError:
        print("not printed")
    else:
        print("not printed")
    finally:
        print("finally runs")
except ExceptionGroup as e:
    print("unhandled passes through:", repr(e))

try:
    pass
except* ValueError:
    print("not printed")
else:
    print("else runs when nothing raised")
