# try/except*: unhandled parts are re-raised as a group; "raise" in a handler re-raises that
# part; raising a new exception in a handler chains it; the result combines everything.
def run(label, body):
    try:
        body()
    except BaseException as e:
        print(label, "->", type(e).__name__, repr(e))
        if isinstance(e, BaseExceptionGroup):
            for sub in e.exceptions:
                print("   member", repr(sub), "context:", repr(sub.__context__))


def unhandled_rest():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("handled ValueError")


def bare_raise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise


def new_exception():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
    except* TypeError:
        pass


def naked_unmatched():
    try:
        raise ValueError("naked")
    except* TypeError:
        pass


def all_handled():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        pass
    print("all handled, returns normally")


for f in (unhandled_rest, bare_raise, new_exception, naked_unmatched, all_handled):
    run(f.__name__, f)
