# contextvars for Krait: Context, ContextVar, Token and copy_context with CPython 3.11's
# behaviour. asyncio runs each task in its own Context (a copy of its creator's) and each
# call_soon callback in a copy of the context it was scheduled from.
import _asyncio

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

_MISSING = object()


class Context:
    __slots__ = ('_data', '_entered')

    def __init__(self):
        self._data = {}
        self._entered = False

    def run(self, callable, /, *args, **kwargs):
        if self._entered:
            raise RuntimeError(f'cannot enter context: {self} is already entered')
        saved = _asyncio._get_context()
        self._entered = True
        _asyncio._set_context(self)
        try:
            return callable(*args, **kwargs)
        finally:
            _asyncio._set_context(saved)
            self._entered = False

    def copy(self):
        new = Context.__new__(Context)
        new._data = dict(self._data)
        new._entered = False
        return new

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._data[var]

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def get(self, var, default=None):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._data.get(var, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    __hash__ = None


class ContextVar:
    __slots__ = ('_name', '_default')

    def __init__(self, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self._name = name
        self._default = default

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'ContextVar' is not an acceptable base type")

    @property
    def name(self):
        return self._name

    def get(self, *args):
        if len(args) > 1:
            raise TypeError(f"get expected at most 1 argument, got {len(args)}")
        data = _asyncio._get_context()._data
        if self in data:
            return data[self]
        if args:
            return args[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        ctx = _asyncio._get_context()
        data = ctx._data
        old = data.get(self, Token.MISSING)
        data[self] = value
        return Token._new(ctx, self, old)

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError(f"expected an instance of Token, got {token!r}")
        if token._used:
            raise RuntimeError(f"{token!r} has already been used once")
        if token._var is not self:
            raise ValueError(f"{token!r} was created by a different ContextVar")
        ctx = _asyncio._get_context()
        if token._ctx is not ctx:
            raise ValueError(f"{token!r} was created in a different Context")
        if token._old_value is Token.MISSING:
            ctx._data.pop(self, None)
        else:
            ctx._data[self] = token._old_value
        token._used = True

    def __repr__(self):
        r = f'<ContextVar name={self._name!r}'
        if self._default is not _MISSING:
            r += f' default={self._default!r}'
        return r + f' at 0x{id(self):x}>'

    def __hash__(self):
        return object.__hash__(self)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class _TokenMissing:
    def __repr__(self):
        return '<Token.MISSING>'


class Token:
    __slots__ = ('_ctx', '_var', '_old_value', '_used')

    MISSING = _TokenMissing()

    def __init__(self):
        raise RuntimeError('Tokens can only be created by ContextVars')

    @classmethod
    def _new(cls, ctx, var, old_value):
        t = object.__new__(cls)
        t._ctx = ctx
        t._var = var
        t._old_value = old_value
        t._used = False
        return t

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old_value

    def __repr__(self):
        r = '<Token'
        if self._used:
            r += ' used'
        r += f' var={self._var!r} at 0x{id(self):x}>'
        return r


Context.__module__ = ContextVar.__module__ = Token.__module__ = '_contextvars'


def copy_context():
    return _asyncio._get_context().copy()
