# copy for Krait: shallow and deep copy operations, as CPython 3.11's (copy, deepcopy, the
# __copy__/__deepcopy__ hooks, __reduce_ex__-style reconstruction for plain instances).
import types

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_atomic = (type(None), int, float, bool, complex, str, bytes, type, range,
           types.BuiltinFunctionType, type(Ellipsis), type(NotImplemented), types.FunctionType,
           property)


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _atomic or cls is tuple or cls is frozenset:
        return x
    if cls is list:
        return x[:]
    if cls is dict or cls is set or cls is bytearray:
        return x.copy()
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None, deep=False)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic or issubclass(cls, type):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        append = y.append
        for a in x:
            append(deepcopy(a, memo))
    elif cls is tuple:
        y = [deepcopy(a, memo) for a in x]
        try:
            return memo[d]
        except KeyError:
            pass
        for k, j in zip(x, y):
            if k is not j:
                y = tuple(y)
                break
        else:
            y = x
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set or cls is frozenset:
        y = cls(deepcopy(a, memo) for a in x)
    elif cls is bytearray:
        y = bytearray(x)
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct(x, memo, deep=True)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, deep):
    # Without a __reduce_ex__ protocol: a new instance of the same class through
    # object.__new__ (or the builtin base's), then the attribute dict, list items and dict
    # items copied over, as copyreg's __reduce_ex__(4) reconstruction does.
    cls = type(x)
    reduce = getattr(cls, "__reduce_ex__", None)
    rv = None
    if reduce is not None and reduce is not object.__dict__.get('__reduce_ex__'):
        try:
            rv = x.__reduce_ex__(4)
        except TypeError:
            rv = None
    if rv is None:
        reduce = getattr(cls, "__reduce__", None)
        if reduce is not None:
            try:
                rv = x.__reduce__()
            except TypeError:
                rv = None
    if isinstance(rv, tuple) and rv:
        return _from_reduce(x, rv, memo, deep)
    if isinstance(x, BaseException):
        y = cls.__new__(cls, *x.args)
    elif isinstance(x, tuple):
        y = cls.__new__(cls, *(getattr(x, '__getnewargs__', lambda: (tuple(x),))()))
    elif isinstance(x, (int, float, str, bytes)):
        y = cls.__new__(cls, x)
    else:
        y = object.__new__(cls) if not isinstance(x, (list, dict, set)) else cls.__new__(cls)
    if deep:
        memo[id(x)] = y
    state = getattr(x, '__getstate__', None)
    state = state() if state is not None and not isinstance(x, (list, dict, set)) else \
        getattr(x, '__dict__', None)
    if state:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state:
                y.__dict__.update(state)
            if slotstate:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    slots = []
    for klass in cls.__mro__:
        s = klass.__dict__.get('__slots__', ())
        if isinstance(s, str):
            s = (s,)
        slots.extend(n for n in s if n not in ('__dict__', '__weakref__'))
    for name in slots:
        if hasattr(x, name) and (state is None or name not in state):
            value = getattr(x, name)
            setattr(y, name, deepcopy(value, memo) if deep else value)
    if isinstance(x, list):
        for item in x:
            y.append(deepcopy(item, memo) if deep else item)
    elif isinstance(x, dict):
        for key, value in x.items():
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
    elif isinstance(x, set):
        for item in x:
            y.add(deepcopy(item, memo) if deep else item)
    return y


def _from_reduce(x, rv, memo, deep):
    func, args = rv[0], rv[1]
    state = rv[2] if len(rv) > 2 else None
    listiter = rv[3] if len(rv) > 3 else None
    dictiter = rv[4] if len(rv) > 4 else None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y
