# html for Krait: escape() and unescape(), which resolves numeric character references and the
# HTML5 named ones (html.entities) by the rules of the HTML5 standard, as CPython does.

__all__ = ['escape', 'unescape']
__path__ = []  # a package: html.entities is its submodule


def escape(s, quote=True):
    """Replace the characters &, < and > (and " and ' if quote is true) by HTML-safe
    sequences."""
    s = s.replace("&", "&amp;")
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace('\'', "&#x27;")
    return s


# Numeric references to these code points give the Windows-1252 character the standard says.
_invalid_charrefs = {0x00: '\ufffd', 0x0d: '\r'}
for _cp, _ch in zip(range(0x80, 0xa0), '\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030'
                    '\u0160\u2039\u0152\x8d\u017d\x8f\x90\u2018\u2019\u201c\u201d\u2022'
                    '\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178'):
    _invalid_charrefs[_cp] = _ch

# ... and references to these are dropped.
_invalid_codepoints = set(range(0x1, 0x9)) | {0xb} | set(range(0xe, 0x20)) | \
    set(range(0x7f, 0xa0)) | set(range(0xfdd0, 0xfdf0))
for _plane in range(17):
    _invalid_codepoints.add(_plane * 0x10000 + 0xfffe)
    _invalid_codepoints.add(_plane * 0x10000 + 0xffff)
del _cp, _ch, _plane

_DEC = '0123456789'
_HEX = '0123456789abcdefABCDEF'
_NAME_STOP = '\t\n\f <&#;'
_html5 = None


def _numeric(digits, base):
    num = int(digits, base)
    if num in _invalid_charrefs:
        return _invalid_charrefs[num]
    if 0xD800 <= num <= 0xDFFF or num > 0x10FFFF:
        return '\uFFFD'
    if num in _invalid_codepoints:
        return ''
    return chr(num)


def _named(name):
    global _html5
    if _html5 is None:
        from html.entities import html5
        _html5 = html5
    if name in _html5:
        return _html5[name]
    # The longest prefix (of two characters or more) that names a reference.
    for x in range(len(name) - 1, 1, -1):
        if name[:x] in _html5:
            return _html5[name[:x]] + name[x:]
    return '&' + name


def unescape(s):
    """Convert all named and numeric character references (e.g. &gt;, &#62;, &#x3e;) in the
    string s to the corresponding unicode characters."""
    if '&' not in s:
        return s
    out = []
    i = 0
    n = len(s)
    while True:
        j = s.find('&', i)
        if j < 0:
            break
        out.append(s[i:j])
        k = j + 1
        if k < n and s[k] == '#':
            k += 1
            base, digits = 10, _DEC
            if k < n and s[k] in 'xX' and k + 1 < n and s[k + 1] in _HEX:
                k += 1
                base, digits = 16, _HEX
            start = k
            while k < n and s[k] in digits:
                k += 1
            if k == start:
                out.append('&')
                i = j + 1
                continue
            repl = _numeric(s[start:k], base)
            if k < n and s[k] == ';':
                k += 1
        else:
            start = k
            while k < n and k - start < 32 and s[k] not in _NAME_STOP:
                k += 1
            if k == start:
                out.append('&')
                i = j + 1
                continue
            if k < n and s[k] == ';':
                k += 1
            repl = _named(s[start:k])
        out.append(repl)
        i = k
    out.append(s[i:])
    return ''.join(out)
