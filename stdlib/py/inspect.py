# inspect for Krait: the predicates asyncio code uses, frames (stack, currentframe) and
# signatures (signature, Signature, Parameter, BoundArguments), getdoc/cleandoc, getmembers.
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


# ---- signatures ---------------------------------------------------------------------------
# Parameter, Signature and BoundArguments with CPython 3.11's behaviour: str() forms, bind()
# and its TypeError messages, signature() of functions, methods, classes, partials and callable
# objects. Builtins have no signature here (ValueError), where CPython has text signatures for
# many of them.

class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _void:
    """A private marker - used in Parameter & Signature."""


class _ParameterKind(int):
    def __new__(cls, value, name, description):
        self = int.__new__(cls, value)
        self._name_ = name
        self.description = description
        return self

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return int(self)

    def __str__(self):
        return self._name_

    def __repr__(self):
        return f"<_ParameterKind.{self._name_}: {int(self)}>"


_POSITIONAL_ONLY = _ParameterKind(0, 'POSITIONAL_ONLY', 'positional-only')
_POSITIONAL_OR_KEYWORD = _ParameterKind(1, 'POSITIONAL_OR_KEYWORD', 'positional or keyword')
_VAR_POSITIONAL = _ParameterKind(2, 'VAR_POSITIONAL', 'variadic positional')
_KEYWORD_ONLY = _ParameterKind(3, 'KEYWORD_ONLY', 'keyword-only')
_VAR_KEYWORD = _ParameterKind(4, 'VAR_KEYWORD', 'variadic keyword')


def formatannotation(annotation, base_module=None):
    if getattr(annotation, '__module__', None) == 'typing':
        import re
        return re.sub(r'[\w\.]+', lambda m: m.group().removeprefix('typing.'), repr(annotation))
    if isinstance(annotation, _types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


class Parameter:
    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        if not isinstance(kind, _ParameterKind):
            try:
                kind = (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD, _VAR_POSITIONAL, _KEYWORD_ONLY,
                        _VAR_KEYWORD)[kind]
            except (TypeError, IndexError):
                raise ValueError(f'value {kind!r} is not a valid Parameter.kind') from None
        if default is not _empty and kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError(f'{kind.description} parameters cannot have default values')
        if not isinstance(name, str):
            raise TypeError('name must be a str, not a {}'.format(type(name).__name__))
        if not name.isidentifier():
            raise ValueError('{!r} is not a valid parameter name'.format(name))
        self._name = name
        self._kind = kind
        self._default = default
        self._annotation = annotation

    name = property(lambda self: self._name)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)
    kind = property(lambda self: self._kind)

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        return type(self)(self._name if name is _void else name,
                          self._kind if kind is _void else kind,
                          default=self._default if default is _void else default,
                          annotation=self._annotation if annotation is _void else annotation)

    def __str__(self):
        text = self._name
        if self._annotation is not _empty:
            text = f'{text}: {formatannotation(self._annotation)}'
        if self._default is not _empty:
            sep = ' = ' if self._annotation is not _empty else '='
            text = f'{text}{sep}{self._default!r}'
        if self._kind == _VAR_POSITIONAL:
            text = '*' + text
        elif self._kind == _VAR_KEYWORD:
            text = '**' + text
        return text

    def __repr__(self):
        return f'<{type(self).__name__} "{self}">'

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind and
                self._default == other._default and self._annotation == other._annotation)


class BoundArguments:
    __slots__ = ('arguments', '_signature', '__weakref__')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    signature = property(lambda self: self._signature)

    @property
    def args(self):
        args = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY) or name not in self.arguments:
                break
            if param.kind == _VAR_POSITIONAL:
                args.extend(self.arguments[name])
            else:
                args.append(self.arguments[name])
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        started = False
        for name, param in self._signature.parameters.items():
            if not started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    started = True
                elif name not in self.arguments:
                    started = True
                    continue
            if not started or name not in self.arguments:
                continue
            if param.kind == _VAR_KEYWORD:
                kwargs.update(self.arguments[name])
            else:
                kwargs[name] = self.arguments[name]
        return kwargs

    def apply_defaults(self):
        filled = {}
        for name, param in self._signature.parameters.items():
            if name in self.arguments:
                filled[name] = self.arguments[name]
            elif param.default is not _empty:
                filled[name] = param.default
            elif param.kind is _VAR_POSITIONAL:
                filled[name] = ()
            elif param.kind is _VAR_KEYWORD:
                filled[name] = {}
        self.arguments = filled

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __getstate__(self):
        return {'_signature': self._signature, 'arguments': self.arguments}

    def __repr__(self):
        args = ', '.join(f'{name}={value!r}' for name, value in self.arguments.items())
        return f'<{type(self).__name__} ({args})>'


class mappingproxy(dict):
    """Signature.parameters: a read-only view, shown as CPython shows its mappingproxy over an
    OrderedDict."""
    def __repr__(self):
        return f'mappingproxy({self})'

    def __str__(self):
        return f'OrderedDict({list(self.items())!r})'

    def _readonly(self, *args, **kwargs):
        raise TypeError("'mappingproxy' object does not support item assignment")

    __setitem__ = __delitem__ = update = pop = popitem = clear = setdefault = _readonly


class Signature:
    __slots__ = ('_return_annotation', '_parameters')

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments
    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        params = {}
        if parameters is not None:
            if __validate_parameters__:
                top_kind = _POSITIONAL_ONLY
                seen_default = False
                for param in parameters:
                    kind, name = param.kind, param.name
                    if kind < top_kind:
                        raise ValueError(f'wrong parameter order: {top_kind.description} '
                                         f'parameter before {kind.description} parameter')
                    top_kind = kind
                    if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                        if param.default is _empty:
                            if seen_default:
                                raise ValueError('non-default argument follows default argument')
                        else:
                            seen_default = True
                    if name in params:
                        raise ValueError(f'duplicate parameter name: {name!r}')
                    params[name] = param
            else:
                params = {param.name: param for param in parameters}
        self._parameters = params
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None,
                      eval_str=False):
        return _signature_from_callable(obj, follow_wrapped, cls)

    parameters = property(lambda self: mappingproxy(self._parameters))
    return_annotation = property(lambda self: self._return_annotation)

    def replace(self, *, parameters=_void, return_annotation=_void):
        if parameters is _void:
            parameters = self._parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def __hash__(self):
        kw = frozenset(p for p in self._parameters.values() if p.kind == _KEYWORD_ONLY)
        others = tuple(p for p in self._parameters.values() if p.kind != _KEYWORD_ONLY)
        return hash((others, kw, self._return_annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        def key(sig):
            kw = frozenset(p for p in sig._parameters.values() if p.kind == _KEYWORD_ONLY)
            others = tuple(p for p in sig._parameters.values() if p.kind != _KEYWORD_ONLY)
            return others, kw, sig._return_annotation
        return key(self) == key(other)

    def _bind(self, args, kwargs, *, partial=False):
        arguments = {}
        params = list(self._parameters.values())
        i = 0
        # Positional arguments fill the positional parameters in order.
        for n, value in enumerate(args):
            if i >= len(params) or params[i].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                raise TypeError('too many positional arguments') from None
            param = params[i]
            if param.kind == _VAR_POSITIONAL:
                arguments[param.name] = tuple(args[n:])
                i += 1
                break
            if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                raise TypeError(f'multiple values for argument {param.name!r}') from None
            arguments[param.name] = value
            i += 1
        else:
            # Out of positional values: the next parameter decides what a missing one means.
            if i < len(params):
                param = params[i]
                if param.kind == _VAR_POSITIONAL:
                    i += 1
                elif param.name in kwargs:
                    if param.kind == _POSITIONAL_ONLY:
                        raise TypeError(f'{param.name!r} parameter is positional only, '
                                        'but was passed as a keyword') from None
                elif param.kind != _VAR_KEYWORD and param.default is _empty and not partial:
                    raise TypeError(f'missing a required argument: {param.name!r}') from None
        kwargs_param = None
        for param in params[i:]:
            if param.kind == _VAR_KEYWORD:
                kwargs_param = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            if param.name not in kwargs:
                if not partial and param.default is _empty:
                    raise TypeError(f'missing a required argument: {param.name!r}') from None
                continue
            if param.kind == _POSITIONAL_ONLY:
                raise TypeError(f'{param.name!r} parameter is positional only, '
                                'but was passed as a keyword')
            arguments[param.name] = kwargs.pop(param.name)
        if kwargs:
            if kwargs_param is None:
                raise TypeError(f'got an unexpected keyword argument {next(iter(kwargs))!r}')
            arguments[kwargs_param.name] = kwargs
        return self._bound_arguments_cls(self, arguments)

    def bind(self, /, *args, **kwargs):
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        return self._bind(args, kwargs, partial=True)

    def __str__(self):
        parts = []
        pos_only_pending = False
        kw_only_marker = True
        for param in self._parameters.values():
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                pos_only_pending = True
            elif pos_only_pending:
                parts.append('/')
                pos_only_pending = False
            if kind == _VAR_POSITIONAL:
                kw_only_marker = False
            elif kind == _KEYWORD_ONLY and kw_only_marker:
                parts.append('*')
                kw_only_marker = False
            parts.append(str(param))
        if pos_only_pending:
            parts.append('/')
        text = '({})'.format(', '.join(parts))
        if self._return_annotation is not _empty:
            text += ' -> {}'.format(formatannotation(self._return_annotation))
        return text

    def __repr__(self):
        return f'<{type(self).__name__} {self}>'


def unwrap(func, *, stop=None):
    f = func
    memo = {id(f): f}
    recursion_limit = 1000
    while hasattr(f, '__wrapped__') and not (stop is not None and stop(f)):
        f = f.__wrapped__
        if id(f) in memo or len(memo) >= recursion_limit:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(func))
        memo[id(f)] = f
    return f


def _signature_from_function(cls, func):
    code = func.__code__
    npos = code.co_argcount
    nposonly = code.co_posonlyargcount
    nkwonly = code.co_kwonlyargcount
    names = code.co_varnames
    annotations = func.__annotations__
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    first_default = npos - len(defaults)
    params = []
    for i, name in enumerate(names[:npos]):
        kind = _POSITIONAL_ONLY if i < nposonly else _POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(Parameter(name, kind, default=default,
                                annotation=annotations.get(name, _empty)))
    at = npos + nkwonly
    if code.co_flags & 0x04:  # CO_VARARGS
        name = names[at]
        params.append(Parameter(name, _VAR_POSITIONAL, annotation=annotations.get(name, _empty)))
        at += 1
    for name in names[npos:npos + nkwonly]:
        params.append(Parameter(name, _KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                                annotation=annotations.get(name, _empty)))
    if code.co_flags & 0x08:  # CO_VARKEYWORDS
        name = names[at]
        params.append(Parameter(name, _VAR_KEYWORD, annotation=annotations.get(name, _empty)))
    return cls(params, return_annotation=annotations.get('return', _empty),
               __validate_parameters__=False)


def _drop_first(sig):
    params = list(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    if params[0].kind == _VAR_POSITIONAL:
        return sig  # *args also takes the bound object
    return sig.replace(parameters=params[1:])


def _signature_of_partial(sig, partial):
    bound = sig.bind_partial(*partial.args, **partial.keywords)
    params = []
    transform_to_kwonly = False
    npos = len(partial.args)
    for i, (name, param) in enumerate(sig.parameters.items()):
        if i < npos and param.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            continue
        if i < npos and param.kind == _VAR_POSITIONAL:
            params.append(param)
            continue
        if name in partial.keywords:
            if param.kind == _POSITIONAL_ONLY:
                continue
            transform_to_kwonly = True
            param = param.replace(default=bound.arguments[name], kind=_KEYWORD_ONLY)
        elif transform_to_kwonly and param.kind == _POSITIONAL_OR_KEYWORD:
            param = param.replace(kind=_KEYWORD_ONLY)
        elif transform_to_kwonly and param.kind == _VAR_POSITIONAL:
            continue
        params.append(param)
    return sig.replace(parameters=params)


def _signature_from_callable(obj, follow_wrapped=True, sigcls=Signature):
    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
    if isinstance(obj, _types.MethodType):
        return _drop_first(_signature_from_callable(obj.__func__, follow_wrapped, sigcls))
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__'))
        if isinstance(obj, _types.MethodType):
            return _signature_from_callable(obj, follow_wrapped, sigcls)
    sig = getattr(obj, '__signature__', None)
    if sig is not None:
        if not isinstance(sig, Signature):
            raise TypeError('unexpected object {!r} in __signature__ attribute'.format(sig))
        return sig
    if isinstance(obj, _types.FunctionType):
        return _signature_from_function(sigcls, obj)
    import functools
    if isinstance(obj, functools.partial):
        return _signature_of_partial(
            _signature_from_callable(obj.func, follow_wrapped, sigcls), obj)
    if isinstance(obj, type):
        for base in obj.__mro__:
            if base is object:
                break
            if '__init__' in base.__dict__ and isinstance(base.__dict__['__init__'],
                                                          _types.FunctionType):
                return _drop_first(_signature_from_callable(base.__dict__['__init__'],
                                                            follow_wrapped, sigcls))
            if '__new__' in base.__dict__:
                new = base.__dict__['__new__']
                new = getattr(new, '__func__', new)
                if isinstance(new, _types.FunctionType):
                    return _drop_first(_signature_from_callable(new, follow_wrapped, sigcls))
        if all(b.__module__ != 'builtins' or b is object for b in obj.__mro__):
            return sigcls([])
        raise ValueError('no signature found for builtin type {!r}'.format(obj))
    call = getattr(type(obj), '__call__', None)
    if isinstance(call, _types.FunctionType):
        return _drop_first(_signature_from_callable(call, follow_wrapped, sigcls))
    raise ValueError('no signature found for builtin {!r}'.format(obj))


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """Get a signature object for the passed callable."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped)


def getdoc(object):
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def cleandoc(doc):
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def getmembers(object, predicate=None):
    results = []
    for key in dir(object):
        try:
            value = getattr(object, key)
        except AttributeError:
            continue
        if not predicate or predicate(value):
            results.append((key, value))
    results.sort(key=lambda pair: pair[0])
    return results
