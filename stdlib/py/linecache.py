# linecache for Krait: lines of source files (and of what the VM compiled), for tracebacks,
# inspect and warnings.
import traceback as _traceback

__all__ = ["getline", "clearcache", "checkcache", "lazycache", "getlines"]

cache = {}


def getline(filename, lineno, module_globals=None):
    if not isinstance(lineno, int) or lineno < 1:
        return ''
    return _traceback._getline(filename, lineno)


def getlines(filename, module_globals=None):
    lines = []
    n = 1
    while True:
        line = _traceback._getline(filename, n)
        if not line:
            break
        lines.append(line)
        n += 1
    return lines


def clearcache():
    cache.clear()


def checkcache(filename=None):
    pass


def lazycache(filename, module_globals):
    return False
