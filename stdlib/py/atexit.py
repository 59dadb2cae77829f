"""Functions to run when the interpreter exits (Krait): the `krait` command calls
_run_exitfuncs() after the program (and the prompt) end, last registered first."""

import sys

_exithandlers = []


def register(func, /, *args, **kwargs):
    """Register a function to be executed upon normal program termination."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _exithandlers.append((func, args, kwargs))
    return func


def unregister(func, /):
    """Unregister an exit function which was previously registered using atexit.register."""
    _exithandlers[:] = [h for h in _exithandlers if h[0] != func]


def _clear():
    del _exithandlers[:]


def _ncallbacks():
    return len(_exithandlers)


def _run_exitfuncs():
    while _exithandlers:
        func, args, kwargs = _exithandlers.pop()
        try:
            func(*args, **kwargs)
        except BaseException as exc:
            _report(func, exc)


def _report(func, exc):
    import traceback
    try:
        text = repr(func)
    except Exception:
        text = "<object repr() failed>"
    err = sys.stderr
    if err is None:
        return
    err.write(f"Exception ignored in atexit callback: {text}\n")
    err.write("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))
