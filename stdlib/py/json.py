# json for Krait: CPython's json module (dumps/dump/loads/load, JSONEncoder, JSONDecoder,
# JSONDecodeError) with the same output, separators, escapes and error messages.

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']

_INFINITY = float('inf')

_ESCAPES = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b',
            '\f': '\\f'}


def _escape_char(c):
    e = _ESCAPES.get(c)
    if e is not None:
        return e
    return '\\u%04x' % ord(c)


def _encode_basestring(s):
    out = []
    for c in s:
        if c in _ESCAPES or c < ' ':
            out.append(_escape_char(c))
        else:
            out.append(c)
    return '"' + ''.join(out) + '"'


def _encode_basestring_ascii(s):
    out = []
    for c in s:
        if ' ' <= c <= '~' and c != '"' and c != '\\':
            out.append(c)
            continue
        e = _ESCAPES.get(c)
        if e is not None:
            out.append(e)
            continue
        n = ord(c)
        if n < 0x10000:
            out.append('\\u%04x' % n)
        else:
            n -= 0x10000
            out.append('\\u%04x\\u%04x' % (0xd800 | ((n >> 10) & 0x3ff), 0xdc00 | (n & 0x3ff)))
    return '"' + ''.join(out) + '"'


try:
    import _json as _native
except ImportError:
    _native = None

if _native is not None:
    _encode_basestring = _native.encode_basestring
    _encode_basestring_ascii = _native.encode_basestring_ascii


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties:

    msg: The unformatted error message
    doc: The JSON document being parsed
    pos: The start index of doc where parsing failed
    lineno: The line corresponding to pos
    colno: The column corresponding to pos
    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


JSONDecodeError.__module__ = 'json.decoder'


class JSONEncoder:
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        if isinstance(o, str):
            if self.ensure_ascii:
                return _encode_basestring_ascii(o)
            return _encode_basestring(o)
        if _native is not None and type(self).iterencode is JSONEncoder.iterencode:
            indent = self.indent
            if indent is not None and not isinstance(indent, str):
                indent = ' ' * indent
            default = self.default
            if type(self).default is JSONEncoder.default and 'default' not in self.__dict__:
                default = None
            return _native.encode(o, self.ensure_ascii, self.allow_nan, self.sort_keys,
                                  self.skipkeys, self.check_circular, indent,
                                  self.item_separator, self.key_separator, default)
        chunks = self.iterencode(o)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        markers = {} if self.check_circular else None
        encoder = _encode_basestring_ascii if self.ensure_ascii else _encode_basestring
        allow_nan = self.allow_nan

        def floatstr(o):
            if o != o:
                text = 'NaN'
            elif o == _INFINITY:
                text = 'Infinity'
            elif o == -_INFINITY:
                text = '-Infinity'
            else:
                return float.__repr__(o)
            if not allow_nan:
                raise ValueError('Out of range float values are not JSON compliant')
            return text

        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        out = []
        self._encode(o, out, markers, encoder, floatstr, indent, 0)
        return out

    def _encode(self, o, out, markers, encoder, floatstr, indent, level):
        if isinstance(o, str):
            out.append(encoder(o))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(floatstr(o))
        elif isinstance(o, (list, tuple)):
            self._encode_list(o, out, markers, encoder, floatstr, indent, level)
        elif isinstance(o, dict):
            self._encode_dict(o, out, markers, encoder, floatstr, indent, level)
        else:
            if markers is not None:
                marker = id(o)
                if marker in markers:
                    raise ValueError('Circular reference detected')
                markers[marker] = o
            o2 = self.default(o)
            self._encode(o2, out, markers, encoder, floatstr, indent, level)
            if markers is not None:
                del markers[marker]

    def _encode_list(self, lst, out, markers, encoder, floatstr, indent, level):
        if not lst:
            out.append('[]')
            return
        if markers is not None:
            marker = id(lst)
            if marker in markers:
                raise ValueError('Circular reference detected')
            markers[marker] = lst
        out.append('[')
        if indent is not None:
            level += 1
            newline_indent = '\n' + indent * level
            separator = self.item_separator + newline_indent
            out.append(newline_indent)
        else:
            newline_indent = None
            separator = self.item_separator
        first = True
        for value in lst:
            if first:
                first = False
            else:
                out.append(separator)
            self._encode(value, out, markers, encoder, floatstr, indent, level)
        if newline_indent is not None:
            level -= 1
            out.append('\n' + indent * level)
        out.append(']')
        if markers is not None:
            del markers[marker]

    def _encode_dict(self, dct, out, markers, encoder, floatstr, indent, level):
        if not dct:
            out.append('{}')
            return
        if markers is not None:
            marker = id(dct)
            if marker in markers:
                raise ValueError('Circular reference detected')
            markers[marker] = dct
        out.append('{')
        if indent is not None:
            level += 1
            newline_indent = '\n' + indent * level
            item_separator = self.item_separator + newline_indent
            out.append(newline_indent)
        else:
            newline_indent = None
            item_separator = self.item_separator
        first = True
        items = sorted(dct.items()) if self.sort_keys else dct.items()
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = floatstr(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = int.__repr__(key)
            elif self.skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, '
                                f'not {key.__class__.__name__}')
            if first:
                first = False
            else:
                out.append(item_separator)
            out.append(encoder(key))
            out.append(self.key_separator)
            self._encode(value, out, markers, encoder, floatstr, indent, level)
        if newline_indent is not None:
            level -= 1
            out.append('\n' + indent * level)
        out.append('}')
        if markers is not None:
            del markers[marker]


_WS = ' \t\n\r'
_BACKSLASH = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r',
              't': '\t'}


class JSONDecoder:
    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or {'-Infinity': -_INFINITY, 'Infinity': _INFINITY,
                                                 'NaN': float('nan')}.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self._plain = (object_hook is None and parse_float is None and parse_int is None and
                       parse_constant is None and strict and object_pairs_hook is None)

    def decode(self, s):
        if _native is not None and self._plain and type(self).raw_decode is JSONDecoder.raw_decode:
            return _native.decode(s)
        end = len(s)
        idx = self._skip(s, 0)
        obj, idx = self.raw_decode(s, idx)
        idx = self._skip(s, idx)
        if idx != end:
            raise JSONDecodeError('Extra data', s, idx)
        return obj

    def raw_decode(self, s, idx=0):
        try:
            return self._value(s, idx)
        except StopIteration as err:
            raise JSONDecodeError('Expecting value', s, err.value) from None

    @staticmethod
    def _skip(s, idx):
        n = len(s)
        while idx < n and s[idx] in _WS:
            idx += 1
        return idx

    def _value(self, s, idx):
        if idx >= len(s):
            raise StopIteration(idx)
        c = s[idx]
        if c == '"':
            return self._string(s, idx + 1)
        if c == '{':
            return self._object(s, idx + 1)
        if c == '[':
            return self._array(s, idx + 1)
        if c == 'n' and s.startswith('null', idx):
            return None, idx + 4
        if c == 't' and s.startswith('true', idx):
            return True, idx + 4
        if c == 'f' and s.startswith('false', idx):
            return False, idx + 5
        if c == 'N' and s.startswith('NaN', idx):
            return self.parse_constant('NaN'), idx + 3
        if c == 'I' and s.startswith('Infinity', idx):
            return self.parse_constant('Infinity'), idx + 8
        if c == '-' and s.startswith('-Infinity', idx):
            return self.parse_constant('-Infinity'), idx + 9
        return self._number(s, idx)

    def _number(self, s, idx):
        n = len(s)
        start = idx
        if idx < n and s[idx] == '-':
            idx += 1
        if idx < n and s[idx] == '0':
            idx += 1
        elif idx < n and '1' <= s[idx] <= '9':
            idx += 1
            while idx < n and '0' <= s[idx] <= '9':
                idx += 1
        else:
            raise StopIteration(start)
        is_float = False
        if idx + 1 < n and s[idx] == '.' and '0' <= s[idx + 1] <= '9':
            is_float = True
            idx += 2
            while idx < n and '0' <= s[idx] <= '9':
                idx += 1
        if idx < n and s[idx] in 'eE':
            j = idx + 1
            if j < n and s[j] in '+-':
                j += 1
            if j < n and '0' <= s[j] <= '9':
                is_float = True
                idx = j + 1
                while idx < n and '0' <= s[idx] <= '9':
                    idx += 1
        text = s[start:idx]
        if is_float:
            return self.parse_float(text), idx
        return self.parse_int(text), idx

    def _string(self, s, idx):
        begin = idx - 1
        chunks = []
        n = len(s)
        while True:
            j = idx
            while j < n and s[j] != '"' and s[j] != '\\' and (s[j] >= ' ' or not self.strict):
                j += 1
            if j >= n:
                raise JSONDecodeError('Unterminated string starting at', s, begin)
            chunks.append(s[idx:j])
            c = s[j]
            if c == '"':
                return ''.join(chunks), j + 1
            if c != '\\':
                raise JSONDecodeError('Invalid control character at', s, j)
            if j + 1 >= n:
                raise JSONDecodeError('Unterminated string starting at', s, begin)
            esc = s[j + 1]
            if esc != 'u':
                ch = _BACKSLASH.get(esc)
                if ch is None:
                    raise JSONDecodeError('Invalid \\escape', s, j)
                chunks.append(ch)
                idx = j + 2
                continue
            uni = self._hex4(s, j + 2, j + 1)
            idx = j + 6
            if 0xd800 <= uni <= 0xdbff and s[idx:idx + 2] == '\\u':
                uni2 = self._hex4(s, idx + 2, idx + 1)
                if 0xdc00 <= uni2 <= 0xdfff:
                    uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                    idx += 6
            chunks.append(chr(uni))

    @staticmethod
    def _hex4(s, pos, err_pos):
        esc = s[pos:pos + 4]
        if len(esc) == 4 and esc[1] not in 'xX':
            try:
                return int(esc, 16)
            except ValueError:
                pass
        raise JSONDecodeError('Invalid \\uXXXX escape', s, err_pos)

    def _object(self, s, idx):
        pairs = []
        idx = self._skip(s, idx)
        if idx < len(s) and s[idx] == '}':
            if self.object_pairs_hook is not None:
                return self.object_pairs_hook(pairs), idx + 1
            result = {}
            if self.object_hook is not None:
                result = self.object_hook(result)
            return result, idx + 1
        while True:
            if idx >= len(s) or s[idx] != '"':
                raise JSONDecodeError(
                    'Expecting property name enclosed in double quotes', s, idx)
            key, idx = self._string(s, idx + 1)
            idx = self._skip(s, idx)
            if idx >= len(s) or s[idx] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, idx)
            idx = self._skip(s, idx + 1)
            try:
                value, idx = self._value(s, idx)
            except StopIteration as err:
                raise JSONDecodeError('Expecting value', s, err.value) from None
            pairs.append((key, value))
            idx = self._skip(s, idx)
            if idx < len(s) and s[idx] == '}':
                idx += 1
                break
            if idx >= len(s) or s[idx] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, idx)
            idx = self._skip(s, idx + 1)
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs), idx
        result = dict(pairs)
        if self.object_hook is not None:
            result = self.object_hook(result)
        return result, idx

    def _array(self, s, idx):
        values = []
        idx = self._skip(s, idx)
        if idx < len(s) and s[idx] == ']':
            return values, idx + 1
        while True:
            try:
                value, idx = self._value(s, idx)
            except StopIteration as err:
                raise JSONDecodeError('Expecting value', s, err.value) from None
            values.append(value)
            idx = self._skip(s, idx)
            if idx < len(s) and s[idx] == ']':
                return values, idx + 1
            if idx >= len(s) or s[idx] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, idx)
            idx = self._skip(s, idx + 1)


_default_encoder = JSONEncoder()
_default_decoder = JSONDecoder()


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    if (not skipkeys and ensure_ascii and check_circular and allow_nan and cls is None and
            indent is None and separators is None and default is None and not sort_keys and
            not kw):
        return _default_encoder.encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, **kw):
    fp.write(dumps(obj, **kw))


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                            f'not {s.__class__.__name__}')
        s = s.decode('utf-8')
    if (cls is None and object_hook is None and parse_int is None and parse_float is None and
            parse_constant is None and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)


def load(fp, **kw):
    return loads(fp.read(), **kw)
