import re
bad = ['(', ')', 'a)', '*', 'a**', '+a', '?', 'a{3,2}', '[a', '[a-', '[z-a]', r'[\w-z]', r'\q', '\\', r'(?P<1a>x)',
       r'(?P<a>x)(?P<a>y)', r'(?P=b)', r'(?P', r'(?Px)', r'(?<x)', r'(?<=a*)', r'(?<=a|bc)', r'(?<!a+)b', r'\1', r'(a)\2', r'(a\1)',
       r'(?z)', r'a(?i)', r'(?i', r'(?i-', r'(?-i)', r'(?i-i:a)', r'(?a-a:x)', r'(?L)a', r'(?au)', r'(?#abc', r'(?',
       r'\x4', r'\u12', r'\U0011ffff', r'\777', r'[\777]', r'\8', r'[\8]', r'(?(2)a|b)', r'(?(a)b)', r'(?(0)a)', r'(?(1)a|b|c)',
       'a\n(b', 'x{99999999999}', r'(?x)a #c\n(', r'^*', r'\b+', r'(?=a)*', '(?P<a b>x)', r'(?P<é>x)', r'a{1,2}{3}',
       r'(?i)(?m)a(?s)', r'[]', r'[^]', r'(?<!', r'(?>', '(?:', 'a|*', r'(?P<n>a)(?(n)b|c)']
for b in bad:
    try:
        p = re.compile(b)
        print(repr(b), 'ok', p, p.groups, p.groupindex)
    except re.error as e:
        print(repr(b), type(e).__name__, str(e), '|', e.msg, e.pos, e.lineno, e.colno)
    except Exception as e:
        print(repr(b), type(e).__name__, e)
for b in [b'(', b'\\u1234', b'[\xff-\x01]', b'(?u)x', b'\\w+']:
    try:
        print(re.compile(b))
    except Exception as e:
        print(type(e).__name__, e)
for pat, flags in [('a', re.L), ('a', re.A|re.U), (b'a', re.U), (b'a', re.A|re.L)]:
    try:
        print(re.compile(pat, flags))
    except Exception as e:
        print(type(e).__name__, e)
# API
p = re.compile(r'(?P<first>\w+) (?P<last>\w+)(?P<opt>!)?', re.M | re.X if False else re.M)
print(p, p.pattern, p.flags, p.groups, p.groupindex)
m = p.search('xx Jane Doe yy', 1, 12)
print(m, m.pos, m.endpos, m.re is p, m.string)
print(m.group(), m.group(0, 'first', 2), m.groups(), m.groups('-'), m.groupdict(), m.groupdict(0))
print(m.start(), m.end(), m.span('last'), m.start('opt'), m.span(3), m.regs, m.lastindex, m.lastgroup)
print(m.expand(r'\g<last>, \g<first>\g<opt> \2 \g<0>'), bool(m))
for bad in [5, 'nope', -1]:
    try:
        m.group(bad)
    except IndexError as e:
        print('IndexError', e)
print(re.compile('a', re.I | re.S | re.X), re.compile(b'x+', re.M), re.compile('x', re.A), re.compile('q' * 300))
print(repr(re.compile("it's")), re.compile('a\nb'))
print(re.match('a' * 60, 'a' * 60))
print(re.RegexFlag.IGNORECASE, re.I.value, re.I.name, int(re.M | re.S), re.I | re.M, re.A | re.I, ~re.I if False else 0)
print(re.escape('a.b*c (d) [e] {f} ^$ \\ | ? + - # & ~ \t\n'), re.escape(b'a.b'))
print(re.sub(r'(\d)', r'<\1\g<1>\g<0>>', 'a1b2'), re.subn('a', 'b', 'aaa', 2), re.sub('a', 'b', 'aaa', count=1))
print(re.sub('(a)|b', r'[\1]', 'ab'), re.sub('x', '\\n\\t\\\\', 'x'), re.sub(b'a', b'\\n', b'bab'))
print(re.sub('a', lambda m: m.group().upper(), 'banana'), re.sub('a', lambda m: None, 'banana') if False else '')
print(re.split(r'\W+', 'Words, words, words.'), re.split(r'(\W+)', 'Words, words, words.'), re.split(r'\W+', 'Words, words, words.', 1))
print(re.split('[a-f]+', '0a3B9', flags=re.IGNORECASE), re.split(r'(\W*)', '...words...'), re.split('x*', 'axbc'))
print(re.split('(a)|b', 'xaybz'), re.split('a', 'bab', maxsplit=-1))
print(re.findall(r'\w+(?=,)', 'a, b, c'), re.findall(b'[a-z]+', b'ab 12 cd'), re.findall('(a)(b)?', 'aab'))
for tpl in [r'\g<9>', r'\9', r'\g<x', r'\g', r'\g<>', r'\g<-1>', r'\g<nope>', r'\q', 'a\\', r'\400']:
    try:
        print(re.sub('(a)', tpl, 'a'))
    except Exception as e:
        print(type(e).__name__, e)
try:
    re.search('a', b'a')
except TypeError as e:
    print(e)
try:
    re.search(b'a', 'a')
except TypeError as e:
    print(e)
try:
    re.search('a', 5)
except TypeError as e:
    print(e)
try:
    re.compile(5)
except TypeError as e:
    print(e)
try:
    re.compile(re.compile('a'), re.I)
except ValueError as e:
    print(e)
print(re.compile(re.compile('a')) , re.compile('a') == re.compile('a'), re.compile('a') is re.compile('a'))
print(re.match('a', 'ba', ) , re.compile('a').match('ba', 1), re.compile('^a').search('ba', 1), re.compile('a$').search('ab', 0, 1))
print(re.compile('').findall('abc', 1, 2), re.compile('x').match('x', 2, 1))
s = re.compile(r'\d').scanner('a1b2')
print(s.search(), s.search(), s.search())
print(type(m), type(p), re.Match, re.Pattern, re.error)
print(re.purge())
import copy
print(copy.copy(m) is m, copy.deepcopy(p) is p)
print(re.sub('(?P<n>b)', r'\g<n>\g<n>', 'abc'))
print(re.findall(r'(?i)ΣΑΣ', 'σας'), re.findall('(?i)ß', 'ẞ'))
print(re.search(r'\d+', 'x٣4'), re.search(r'(?a)\d+', 'x٣4'))
print(re.sub(r'\s+', ' ', 'a \t\n b\u00a0c'))
m = re.match(r'(?P<a>x)|(?P<b>y)', 'y'); print(m.lastgroup, m.lastindex, m.groupdict())
m = re.match(r'((a)b)', 'ab'); print(m.lastindex, m.lastgroup)
