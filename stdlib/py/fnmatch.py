# fnmatch for Krait: shell-style wildcards (* ? [seq] [!seq]) matched directly, case-normalised
# as os.path.normcase does (not at all on POSIX).
import posixpath

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def fnmatch(name, pat):
    name = posixpath.normcase(name)
    pat = posixpath.normcase(pat)
    return fnmatchcase(name, pat)


def filter(names, pat):
    pat = posixpath.normcase(pat)
    return [name for name in names if fnmatchcase(posixpath.normcase(name), pat)]


def _class_end(pat, i):
    # The index just past the ']' closing the class that starts at pat[i] == '[', or -1.
    j = i + 1
    n = len(pat)
    if j < n and pat[j] == '!':
        j += 1
    if j < n and pat[j] == ']':
        j += 1
    while j < n and pat[j] != ']':
        j += 1
    return j + 1 if j < n else -1


def _class_matches(cls, c):
    negate = cls.startswith('!')
    if negate:
        cls = cls[1:]
    found = False
    k = 0
    while k < len(cls):
        if k + 2 < len(cls) and cls[k + 1] == '-':
            if cls[k] <= c <= cls[k + 2]:
                found = True
            k += 3
        else:
            if cls[k] == c:
                found = True
            k += 1
    return found != negate


def fnmatchcase(name, pat):
    # Backtracking over the last '*' only: linear for the usual patterns.
    n, p = 0, 0
    star_p, star_n = -1, 0
    while n < len(name):
        if p < len(pat):
            c = pat[p]
            if c == '*':
                star_p, star_n = p, n
                p += 1
                continue
            if c == '?':
                n += 1
                p += 1
                continue
            if c == '[':
                end = _class_end(pat, p)
                if end < 0:
                    if name[n] == '[':
                        n += 1
                        p += 1
                        continue
                elif _class_matches(pat[p + 1:end - 1], name[n]):
                    n += 1
                    p = end
                    continue
            elif c == name[n]:
                n += 1
                p += 1
                continue
        if star_p >= 0:
            star_n += 1
            n = star_n
            p = star_p + 1
            continue
        return False
    while p < len(pat) and pat[p] == '*':
        p += 1
    return p == len(pat)


def translate(pat):
    # The regular expression CPython builds for `pat` (for code that prints or uses it).
    res = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not res or res[-1] != '.*':
                res.append('.*')
        elif c == '?':
            res.append('.')
        elif c == '[':
            end = _class_end(pat, i - 1)
            if end < 0:
                res.append('\\[')
            else:
                stuff = pat[i:end - 1].replace('\\', '\\\\')
                i = end
                if stuff.startswith('!'):
                    stuff = '^' + stuff[1:]
                elif stuff[:1] in ('^', '['):
                    stuff = '\\' + stuff
                res.append('[%s]' % stuff)
        else:
            res.append(''.join('\\' + ch if ch in '.^$*+?{}[]\\|()' else ch for ch in c))
    return '(?s:%s)\\Z' % ''.join(res)
