# Uncaught ExceptionGroup raised while handling another exception, with a cause inside a member.
def member():
    try:
        {}["missing"]
    except KeyError as e:
        raise RuntimeError("member failed") from e


try:
    1 / 0
except ZeroDivisionError:
    try:
        member()
    except RuntimeError as r:
        raise ExceptionGroup("during handling", [r, TypeError("plain")])
