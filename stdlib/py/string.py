# string for Krait: the string constants, capwords and Template, as CPython 3.11's.

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split the argument into words using split, capitalize each word using capitalize, and
    join the capitalized words using join."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


_sentinel_dict = {}


def _is_id_start(c):
    return c == '_' or ('a' <= c.lower() <= 'z')


def _is_id_char(c):
    return _is_id_start(c) or '0' <= c <= '9'


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _scan(self):
        # Yields (literal text, kind, name, start index); kind is 'escaped', 'named', 'braced'
        # or 'invalid' (CPython matches the same four groups with a regular expression).
        t = self.template
        d = self.delimiter
        n = len(t)
        i = 0
        start = 0
        while True:
            j = t.find(d, i)
            if j < 0:
                yield t[start:], None, None, n
                return
            k = j + len(d)
            if t.startswith(d, k):
                yield t[start:j], 'escaped', None, j
                i = start = k + len(d)
                continue
            if k < n and _is_id_start(t[k]) and t[k].isascii():
                m = k + 1
                while m < n and _is_id_char(t[m]) and t[m].isascii():
                    m += 1
                yield t[start:j], 'named', t[k:m], j
                i = start = m
                continue
            if k < n and t[k] == '{':
                m = k + 1
                if m < n and _is_id_start(t[m]) and t[m].isascii():
                    e = m + 1
                    while e < n and _is_id_char(t[e]) and t[e].isascii():
                        e += 1
                    if e < n and t[e] == '}':
                        yield t[start:j], 'braced', t[m:e], j
                        i = start = e + 1
                        continue
            yield t[start:j], 'invalid', None, k
            i = start = k

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        out = []
        for text, kind, name, pos in self._scan():
            out.append(text)
            if kind == 'escaped':
                out.append(self.delimiter)
            elif kind in ('named', 'braced'):
                out.append(str(mapping[name]))
            elif kind == 'invalid':
                self._invalid(pos)
        return ''.join(out)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        out = []
        for text, kind, name, pos in self._scan():
            out.append(text)
            if kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'named':
                try:
                    out.append(str(mapping[name]))
                except KeyError:
                    out.append(self.delimiter + name)
            elif kind == 'braced':
                try:
                    out.append(str(mapping[name]))
                except KeyError:
                    out.append(self.delimiter + '{' + name + '}')
            elif kind == 'invalid':
                out.append(self.delimiter)
        return ''.join(out)

    def is_valid(self):
        for text, kind, name, pos in self._scan():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for text, kind, name, pos in self._scan():
            if kind in ('named', 'braced') and name not in ids:
                ids.append(name)
        return ids


class _ChainMap:
    def __init__(self, *maps):
        self.maps = maps

    def __getitem__(self, key):
        for m in self.maps:
            try:
                return m[key]
            except KeyError:
                pass
        raise KeyError(key)


class Formatter:
    """str.format's machinery as a class (format and vformat only)."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        return format_string.format(*args, **kwargs)
