# inspect for Krait: the predicates asyncio code uses.
import types as _types

CO_GENERATOR = 0x20
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200


def _unwrap_partial(func):
    while hasattr(func, 'func') and hasattr(func, 'args') and hasattr(func, 'keywords'):
        func = func.func
    return func


def _has_code_flag(f, flag):
    if ismethod(f):
        f = f.__func__
    f = _unwrap_partial(f)
    if not isfunction(f):
        return False
    return bool(f.__code__.co_flags & flag)


def isfunction(obj):
    return isinstance(obj, _types.FunctionType)


def ismethod(obj):
    return isinstance(obj, _types.MethodType)


def isclass(obj):
    return isinstance(obj, type)


def ismodule(obj):
    return isinstance(obj, _types.ModuleType)


def isbuiltin(obj):
    return isinstance(obj, _types.BuiltinFunctionType)


def isgeneratorfunction(obj):
    return _has_code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    return _has_code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isgenerator(obj):
    return isinstance(obj, _types.GeneratorType)


def iscoroutine(obj):
    return isinstance(obj, _types.CoroutineType)


def isasyncgen(obj):
    return isinstance(obj, _types.AsyncGeneratorType)


def isawaitable(obj):
    return (isinstance(obj, _types.CoroutineType) or
            isinstance(obj, _types.GeneratorType) and
            bool(obj.gi_code.co_flags & CO_ITERABLE_COROUTINE) or
            hasattr(type(obj), '__await__'))


def currentframe():
    """The caller's frame (a snapshot: see sys._getframe in docs/differences.md)."""
    import sys
    return sys._getframe(1)


class FrameInfo(tuple):
    _fields = ('frame', 'filename', 'lineno', 'function', 'code_context', 'index')

    def __new__(cls, frame, filename, lineno, function, code_context, index):
        return tuple.__new__(cls, (frame, filename, lineno, function, code_context, index))

    frame = property(lambda self: self[0])
    filename = property(lambda self: self[1])
    lineno = property(lambda self: self[2])
    function = property(lambda self: self[3])
    code_context = property(lambda self: self[4])
    index = property(lambda self: self[5])

    def __repr__(self):
        return ('FrameInfo(frame=%r, filename=%r, lineno=%r, function=%r, code_context=%r, '
                'index=%r)' % tuple(self))


def _frame_info(frame, context):
    import linecache
    filename = frame.f_code.co_filename
    lineno = frame.f_lineno
    lines = None
    index = None
    if context > 0:
        line = linecache.getline(filename, lineno)
        if line:
            lines = [line]
            index = 0
    return FrameInfo(frame, filename, lineno, frame.f_code.co_name, lines, index)


def stack(context=1):
    import sys
    frame = sys._getframe(1)
    result = []
    while frame is not None:
        result.append(_frame_info(frame, context))
        frame = frame.f_back
    return result


def getframeinfo(frame, context=1):
    return _frame_info(frame, context)[1:]


def getmodule(obj):
    import sys
    name = getattr(obj, '__module__', None)
    if name is None and hasattr(obj, 'f_globals'):
        name = obj.f_globals.get('__name__')
    return sys.modules.get(name) if name else None
