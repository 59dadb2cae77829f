# types for Krait: the types of the interpreter's objects, by name, and types.coroutine.
import _asyncio


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)


def _g():
    yield 1


GeneratorType = type(_g())


async def _c():
    pass


_co = _c()
CoroutineType = type(_co)
_co.close()
del _co


async def _ag():
    yield


AsyncGeneratorType = type(_ag())


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(_asyncio)
NoneType = type(None)
EllipsisType = type(...)
NotImplementedType = type(NotImplemented)


def _tb():
    try:
        raise ValueError
    except ValueError as e:
        return e.__traceback__


TracebackType = type(_tb())
del _f, _g, _c, _ag, _C, _tb


class SimpleNamespace:
    def __init__(self, /, **kwargs):
        self.__dict__.update(kwargs)

    def __repr__(self):
        items = (f"{k}={v!r}" for k, v in self.__dict__.items())
        return "{}({})".format("namespace", ", ".join(items))

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented


def coroutine(func):
    """Convert regular generator function to a coroutine."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    if type(func) is FunctionType and func.__code__.co_flags & 0x20:
        _asyncio._iterable_coroutine(func)
        return func
    return func


def _type_repr(obj):
    # How GenericAlias shows its arguments (CPython's ga_repr_item).
    if obj is ...:
        return '...'
    if hasattr(obj, '__origin__') and hasattr(obj, '__args__'):
        return repr(obj)
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if isinstance(obj, FunctionType):
        return obj.__name__
    return repr(obj)


class GenericAlias:
    """Represent a PEP 585 generic type: `C[int]` of a class with
    `__class_getitem__ = classmethod(GenericAlias)`."""

    def __init__(self, origin, args, /):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        params = []
        for a in args:
            for p in getattr(a, '__parameters__', ()) if not isinstance(a, type) else ():
                if p not in params:
                    params.append(p)
            if hasattr(a, '__typing_subst__') and a not in params:
                params.append(a)
        self.__parameters__ = tuple(params)

    def __repr__(self):
        if len(self.__args__) == 0:
            return f'{_type_repr(self.__origin__)}[()]'
        return f"{_type_repr(self.__origin__)}[{', '.join(_type_repr(a) for a in self.__args__)}]"

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __or__(self, other):
        if not _unionable(other):
            return NotImplemented
        return _union_or(self, other)

    def __ror__(self, other):
        if not _unionable(other):
            return NotImplemented
        return _union_or(other, self)

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")


class UnionType:
    """Represent a PEP 604 union type, e.g. `int | str` (types.UnionType)."""

    def __init__(self, args):
        self.__args__ = args
        params = []
        for a in args:
            for p in getattr(a, '__parameters__', ()) if not isinstance(a, type) else ():
                if p not in params:
                    params.append(p)
        self.__parameters__ = tuple(params)

    def __repr__(self):
        return ' | '.join('None' if a is NoneType else _type_repr(a) for a in self.__args__)

    def __or__(self, other):
        if not _unionable(other):
            return NotImplemented
        return _union_or(self, other)

    def __ror__(self, other):
        if not _unionable(other):
            return NotImplemented
        return _union_or(other, self)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        for a in self.__args__:
            if isinstance(a, GenericAlias):
                raise TypeError("isinstance() argument 2 cannot be a parameterized generic")
        return any(isinstance(obj, a) for a in self.__args__)

    def __subclasscheck__(self, cls):
        for a in self.__args__:
            if isinstance(a, GenericAlias):
                raise TypeError("issubclass() argument 2 cannot be a parameterized generic")
        return any(issubclass(cls, a) for a in self.__args__)



def _unionable(x):
    return x is None or isinstance(x, (type, GenericAlias, UnionType))


def _union_or(a, b):
    # What `type.__or__` builds: the arguments flattened, repeats dropped, None as NoneType; a
    # single argument left is returned itself.
    args = []
    for x in (a, b):
        if x is None:
            x = NoneType
        for y in (x.__args__ if isinstance(x, UnionType) else (x,)):
            if y not in args:
                args.append(y)
    if len(args) == 1:
        return args[0]
    return UnionType(tuple(args))
