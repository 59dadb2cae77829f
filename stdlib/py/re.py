"""Support for regular expressions (RE): CPython's re module over Krait's native engine (_re).

The pattern syntax, error messages and matching rules are CPython 3.11's; _re parses and
compiles a pattern into a program and runs it. This module keeps the Python-level API:
the flags, Pattern and Match objects, the cache, sub()'s replacement templates, split() and
findall()'s result shapes.
"""

import enum
import _re

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"

_MAXSIZE = 9223372036854775807

# The names of the flags in definition order, as composite reprs list them.
_FLAG_ORDER = (
    ("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32),
    ("MULTILINE", 8), ("DOTALL", 16), ("VERBOSE", 64), ("TEMPLATE", 1), ("DEBUG", 128),
)


class RegexFlag(enum.IntFlag, boundary=enum.KEEP):
    NOFLAG = 0
    ASCII = A = 256
    IGNORECASE = I = 2
    LOCALE = L = 4
    UNICODE = U = 32
    MULTILINE = M = 8
    DOTALL = S = 16
    VERBOSE = X = 64
    TEMPLATE = T = 1
    DEBUG = 128

    def __repr__(self):
        value = int(self)
        if value == 0:
            return "re.NOFLAG"
        names = []
        rest = value
        for name, bit in _FLAG_ORDER:
            if value & bit:
                names.append("re." + name)
                rest &= ~bit
        if not names:
            return "re.RegexFlag(%d)" % value
        if rest:
            names.append(hex(rest))
        return "|".join(names)

    __str__ = __repr__

    def __format__(self, spec):
        return format(repr(self), spec)


NOFLAG = RegexFlag.NOFLAG
A = ASCII = RegexFlag.ASCII
I = IGNORECASE = RegexFlag.IGNORECASE
L = LOCALE = RegexFlag.LOCALE
U = UNICODE = RegexFlag.UNICODE
M = MULTILINE = RegexFlag.MULTILINE
S = DOTALL = RegexFlag.DOTALL
X = VERBOSE = RegexFlag.VERBOSE
T = TEMPLATE = RegexFlag.TEMPLATE
DEBUG = RegexFlag.DEBUG


class error(Exception):
    """Exception raised for invalid regular expressions.

    Attributes:

        msg: The unformatted error message
        pattern: The regular expression pattern
        pos: The index in the pattern where compilation failed (may be None)
        lineno: The line corresponding to pos (may be None)
        colno: The column corresponding to pos (may be None)
    """

    __module__ = 're'

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            if isinstance(pattern, str):
                newline = '\n'
            else:
                newline = b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


PatternError = error

# Flag names as Pattern's repr lists them (_sre.c's order).
_REPR_FLAGS = (
    ("re.TEMPLATE", 1), ("re.IGNORECASE", 2), ("re.LOCALE", 4), ("re.MULTILINE", 8),
    ("re.DOTALL", 16), ("re.UNICODE", 32), ("re.VERBOSE", 64), ("re.DEBUG", 128),
    ("re.ASCII", 256),
)


def _check_subject(pattern, string):
    if isinstance(string, str):
        if pattern._isbytes:
            raise TypeError("cannot use a bytes pattern on a string-like object")
    elif isinstance(string, (bytes, bytearray)):
        if not pattern._isbytes:
            raise TypeError("cannot use a string pattern on a bytes-like object")
    else:
        raise TypeError("expected string or bytes-like object, got '%s'"
                        % type(string).__name__)


def _bounds(string, pos, endpos):
    n = len(string)
    pos = pos.__index__()
    endpos = endpos.__index__()
    if pos < 0:
        pos = 0
    elif pos > n:
        pos = n
    if endpos < 0:
        endpos = 0
    elif endpos > n:
        endpos = n
    return pos, endpos


class Pattern:
    """Compiled regular expression object."""

    __module__ = 're'

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    @property
    def groupindex(self):
        return dict(self._groupindex)

    def __repr__(self):
        flags = self.flags
        if not self._isbytes and (flags & (4 | 32 | 256)) == 32:
            flags &= ~32
        text = repr(self.pattern)
        if len(text) > 200:
            text = text[:200]
        if not flags:
            return "re.compile(%s)" % text
        names = []
        for name, bit in _REPR_FLAGS:
            if flags & bit:
                names.append(name)
                flags &= ~bit
        if flags:
            names.append(hex(flags))
        return "re.compile(%s, %s)" % (text, "|".join(names))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self.pattern == other.pattern and self.flags == other.flags
                and self._isbytes == other._isbytes)

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def _run(self, string, pos, endpos, mode):
        _check_subject(self, string)
        pos, endpos = _bounds(string, pos, endpos)
        if pos > endpos:
            return None
        regs = _re.match(self._code, string, pos, endpos, mode)
        if regs is None:
            return None
        return _make_match(self, string, pos, endpos, regs)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 0)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 1)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 2)

    def _scan(self, string, pos, endpos, limit):
        _check_subject(self, string)
        pos, endpos = _bounds(string, pos, endpos)
        return _re.scan(self._code, string, pos, endpos, limit), pos, endpos

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        _check_subject(self, string)
        pos, endpos = _bounds(string, pos, endpos)
        return _re.findall(self._code, string, pos, endpos, 0)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        all_regs, pos, endpos = self._scan(string, pos, endpos, 0)
        return iter([_make_match(self, string, pos, endpos, regs) for regs in all_regs])

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        return _Scanner(self, string, pos, endpos)

    def split(self, string, maxsplit=0):
        maxsplit = maxsplit.__index__()
        if maxsplit < 0:
            return [string[:] if not isinstance(string, bytearray) else bytearray(string)]
        all_regs, pos, endpos = self._scan(string, 0, _MAXSIZE, maxsplit)
        out = []
        last = 0
        groups = self.groups
        for regs in all_regs:
            out.append(_slice(string, last, regs[1]))
            for g in range(1, groups + 1):
                s = regs[2 * g + 1]
                out.append(None if s < 0 else _slice(string, s, regs[2 * g + 2]))
            last = regs[2]
        out.append(_slice(string, last, len(string)))
        return out

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count)[0]

    def _subx(self, repl, string, count):
        count = count.__index__()
        if count < 0:
            return string, 0
        filt = None
        literal = None
        template = None
        if callable(repl):
            filt = repl
        elif isinstance(repl, str) and '\\' not in repl:
            literal = repl
        elif isinstance(repl, (bytes, bytearray)) and b'\\' not in repl:
            literal = repl
        else:
            template = _compile_template(self, repl)
        if filt is None:
            # The common cases in one native pass: a replacement of the subject's own kind.
            if literal is not None:
                native = [literal] if type(literal) is type(string) else None
            else:
                native = template
                kind = str if isinstance(string, str) else bytes
                for t in template:
                    if t.__class__ is not int and t.__class__ is not kind:
                        native = None
                        break
            if native is not None and not isinstance(string, bytearray):
                _check_subject(self, string)
                return _re.sub(self._code, string, 0, len(string), count, native)
        all_regs, pos, endpos = self._scan(string, 0, _MAXSIZE, count)
        pieces = []
        i = 0
        for regs in all_regs:
            b = regs[1]
            if i < b:
                pieces.append(_slice(string, i, b))
            if literal is not None:
                pieces.append(literal)
            elif filt is not None:
                item = filt(_make_match(self, string, pos, endpos, regs))
                if item is not None:
                    pieces.append(item)
            else:
                parts = []
                for t in template:
                    if t.__class__ is int:
                        s = regs[2 * t + 1]
                        if s >= 0:
                            parts.append(_slice(string, s, regs[2 * t + 2]))
                    else:
                        parts.append(t)
                pieces.append((b'' if self._isbytes else '').join(parts))
            i = regs[2]
        if i < len(string):
            pieces.append(_slice(string, i, len(string)))
        if isinstance(string, str):
            result = ''.join(pieces)
        else:
            result = b''.join(pieces)
        return result, len(all_regs)


def _slice(string, s, e):
    if isinstance(string, bytearray):
        return bytes(string[s:e])
    return string[s:e]


class _Scanner:
    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        _check_subject(pattern, string)
        self._pos, self._endpos = _bounds(string, pos, endpos)
        self._must_advance = False

    def _next(self, mode):
        if self._pos > self._endpos:
            return None
        if self._must_advance:
            mode |= 4
        regs = _re.match(self.pattern._code, self._string, self._pos, self._endpos, mode)
        if regs is None:
            self._pos = self._endpos + 1
            return None
        m = _make_match(self.pattern, self._string, self._pos, self._endpos, regs)
        self._must_advance = regs[1] == regs[2]
        self._pos = regs[2]
        return m

    def match(self):
        return self._next(0)

    def search(self):
        return self._next(2)


def _make_match(pattern, string, pos, endpos, regs):
    m = Match.__new__(Match)
    m.re = pattern
    m.string = string
    m.pos = pos
    m.endpos = endpos
    m._regs = regs
    return m


class Match:
    """The result of re.match() and re.search()."""

    __module__ = 're'

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Match' instances")

    def _index(self, group):
        if isinstance(group, int):
            if 0 <= group <= self.re.groups:
                return group
        elif isinstance(group, (str, bytes)):
            try:
                g = self.re._groupindex[group]
            except (KeyError, TypeError):
                pass
            else:
                return g
        else:
            try:
                group = group.__index__()
            except AttributeError:
                pass
            else:
                if 0 <= group <= self.re.groups:
                    return group
        raise IndexError("no such group")

    def _get(self, g, default=None):
        regs = self._regs
        s = regs[2 * g + 1]
        if s < 0:
            return default
        return _slice(self.string, s, regs[2 * g + 2])

    def group(self, *args):
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(self._index(args[0]))
        return tuple([self._get(self._index(a)) for a in args])

    def __getitem__(self, group):
        return self._get(self._index(group))

    def groups(self, default=None):
        return tuple([self._get(g, default) for g in range(1, self.re.groups + 1)])

    def groupdict(self, default=None):
        return {name: self._get(g, default) for name, g in self.re._groupindex.items()}

    def start(self, group=0):
        return self._regs[2 * self._index(group) + 1]

    def end(self, group=0):
        return self._regs[2 * self._index(group) + 2]

    def span(self, group=0):
        g = self._index(group)
        return (self._regs[2 * g + 1], self._regs[2 * g + 2])

    @property
    def regs(self):
        r = self._regs
        return tuple([(r[2 * g + 1], r[2 * g + 2]) for g in range(self.re.groups + 1)])

    @property
    def lastindex(self):
        i = self._regs[0]
        return None if i < 0 else i

    @property
    def lastgroup(self):
        i = self._regs[0]
        if i < 0:
            return None
        return self.re._names.get(i)

    def expand(self, template):
        return _expand_template(self, _compile_template(self.re, template))

    def __bool__(self):
        return True

    def __repr__(self):
        text = repr(self.group(0))
        if len(text) > 50:
            text = text[:50]
        return "<re.Match object; span=(%d, %d), match=%s>" % (
            self._regs[1], self._regs[2], text)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def _expand_template(m, template):
    pieces = []
    for t in template:
        if t.__class__ is int:
            v = m._get(t)
            if v is not None:
                pieces.append(v)
        else:
            pieces.append(t)
    if m.re._isbytes:
        return b''.join(pieces)
    return ''.join(pieces)


# --- Replacement templates (re/_parser.py's parse_template) ---

_TEMPLATE_ESCAPES = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
                     'v': '\v', '\\': '\\'}
_DIGITS = "0123456789"
_OCTDIGITS = "01234567"
_ASCIILETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"

_template_cache = {}


def _compile_template(pattern, repl):
    key = (pattern, repl, type(repl))
    t = _template_cache.get(key)
    if t is None:
        t = _parse_template(pattern, repl)
        if len(_template_cache) >= 512:
            _template_cache.clear()
        _template_cache[key] = t
    return t


def _parse_template(pattern, source):
    isbytes = not isinstance(source, str)
    text = str(source, 'latin1') if isbytes else source
    items = []
    literal = []
    n = len(text)
    i = 0

    def fail(msg, pos):
        if isbytes:
            msg = msg.encode('ascii', 'backslashreplace').decode('ascii')
        raise error(msg, source, pos)

    def addgroup(index, pos):
        if index > pattern.groups:
            fail("invalid group reference %d" % index, pos)
        if literal:
            items.append(''.join(literal))
            del literal[:]
        items.append(index)

    while i < n:
        c = text[i]
        if c != '\\':
            literal.append(c)
            i += 1
            continue
        if i + 1 >= n:
            fail("bad escape (end of pattern)", n - 1)
        c = text[i + 1]
        start = i
        i += 2
        if c == 'g':
            if i >= n or text[i] != '<':
                fail("missing <", i)
            i += 1
            j = text.find('>', i)
            if j < 0:
                name = text[i:]
                if not name:
                    fail("missing group name", i)
                fail("missing >, unterminated name", i)
            name = text[i:j]
            if not name:
                fail("missing group name", i)
            i = j + 1
            if name.isidentifier():
                try:
                    index = pattern._groupindex[name]
                except KeyError:
                    raise IndexError("unknown group name %r" % name) from None
            else:
                try:
                    index = int(name)
                    if index < 0:
                        raise ValueError
                except ValueError:
                    fail("bad character in group name %r" % name, i - len(name) - 1)
                if index >= 1 << 30:
                    fail("invalid group reference %d" % index, i - len(name) - 1)
            addgroup(index, i - len(name) - 1)
        elif c == '0':
            digits = c
            while len(digits) < 3 and i < n and text[i] in _OCTDIGITS:
                digits += text[i]
                i += 1
            literal.append(chr(int(digits, 8) & 0xff))
        elif c in _DIGITS:
            digits = c
            isoctal = False
            if i < n and text[i] in _DIGITS:
                digits += text[i]
                i += 1
                if c in _OCTDIGITS and digits[1] in _OCTDIGITS and i < n and text[i] in _OCTDIGITS:
                    digits += text[i]
                    i += 1
                    isoctal = True
                    v = int(digits, 8)
                    if v > 0o377:
                        fail('octal escape value \\%s outside of range 0-0o377' % digits,
                             start)
                    literal.append(chr(v))
            if not isoctal:
                addgroup(int(digits), start + 1)
        else:
            e = _TEMPLATE_ESCAPES.get(c)
            if e is not None:
                literal.append(e)
            else:
                if c in _ASCIILETTERS:
                    fail('bad escape \\%s' % c, start)
                literal.append('\\' + c)
    if literal:
        items.append(''.join(literal))
    if isbytes:
        items = [t if t.__class__ is int else t.encode('latin-1') for t in items]
    return items


# --- Module-level functions ---

def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in string by the
    replacement repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern,
    returning a list containing the resulting substrings."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the
    string.  For each match, the iterator returns a Match object."""
    return _compile(pattern, flags).finditer(string)


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def purge():
    "Clear the regular expression caches"
    _cache.clear()
    _template_cache.clear()


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object, deprecated"
    import warnings
    warnings.warn("The re.template() function is deprecated "
                  "as it is an undocumented function "
                  "without an obvious purpose. "
                  "Use re.compile() instead.",
                  DeprecationWarning)
    return _compile(pattern, flags | T)


_special_chars_map = {i: '\\' + chr(i) for i in b'()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def escape(pattern):
    """
    Escape special characters in a string.
    """
    if isinstance(pattern, str):
        return pattern.translate(_special_chars_map)
    else:
        pattern = str(pattern, 'latin1')
        return pattern.translate(_special_chars_map).encode('latin1')


_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = flags._value_
    try:
        return _cache[type(pattern), pattern, flags]
    except KeyError:
        pass
    except TypeError:
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError(
                "cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    flags = int(flags)
    result = _re.compile(pattern, flags)
    if len(result) == 2:
        raise error(result[0], pattern, result[1])
    code, groups, names, final_flags = result
    p = Pattern.__new__(Pattern)
    p.pattern = pattern
    p.flags = final_flags
    p.groups = groups
    p._groupindex = dict(names)
    p._names = {g: name for name, g in names}
    p._code = code
    p._isbytes = not isinstance(pattern, str)
    if not (flags & DEBUG):
        if len(_cache) >= _MAXCACHE:
            # Drop the oldest item
            try:
                del _cache[next(iter(_cache))]
            except (StopIteration, RuntimeError, KeyError):
                pass
        _cache[type(pattern), pattern, flags] = p
    return p
