# Flags: RegexFlag values and reprs, inline and scoped flags, VERBOSE, Pattern reprs.
import re

print(re.I, re.M, re.S, re.X, re.A, re.U, re.L, re.NOFLAG, repr(re.IGNORECASE))
print(re.I | re.M, re.A | re.I, re.I | re.S | re.X | re.U, re.RegexFlag(0), re.I | 1 << 20)
print(re.I.value, re.I.name, int(re.M | re.S), re.I == 2, re.I | re.M == 10, isinstance(re.I, int))
print(re.IGNORECASE is re.I, re.RegexFlag.DOTALL, f'{re.M}', '%s' % re.X)
for pat, flags in [('a', 0), ('a', re.I), ('a', re.I | re.M | re.S | re.X), ('a', re.A), ('a', re.U),
                   (b'a', 0), (b'a', re.I | re.L), ('(?i)a', 0), ('(?ms)a', re.X), ('(?a)a', 0),
                   ('x' * 250, 0), ("it's", 0), ('"\'', 0), ('a\nb', re.M), ('é', 0)]:
    p = re.compile(pat, flags)
    print(repr(p), p.flags, p.pattern == pat)
print(re.findall(r'''(?x)
    (\d+)   # number
    \s* [,;] \s*   # separator
    (\w+)   # word
''', '1 , a; 22;b'))
print(re.findall(r'a b # c', 'ab', re.VERBOSE), re.findall(r'[ #]', 'a b#', re.X), re.findall(r'\ \#', ' #', re.X))
print(re.findall('(?i)ab(?-i:c)D', 'ABcd ABCD abcD'), re.findall('(?s:.)(.)', 'a\n\nb'), re.findall('(?m:^x)|^y', 'y\nx\ny'))
print(re.findall('^a.', 'ab\nac', re.M | re.S), re.findall('(?i:[A-Z])[A-Z]', 'aA aa AA'))
print(re.search('(?x: a b )c', 'abc'), re.search('(?-x: a)', ' a', re.X))
for bad in [('a', re.L), ('a', re.A | re.U), (b'a', re.U), (b'a', re.A | re.L)]:
    try:
        re.compile(*bad)
    except ValueError as e:
        print('ValueError', e)
