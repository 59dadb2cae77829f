import re
cases = [
 (r'(?<=(a))b', 'ab'), (r'(?<!(a))b', 'cb'), (r'(a)(?<=\1)', 'aa'), (r'(?=(a+))a*b\1', 'baaabac'),
 (r'(?=(\w+))\1:', 'abc:'), (r'(?!(a)b)a', 'ac'), (r'(?>(a+))b', 'aab'), (r'(?>(a)|(ab))c', 'abc'),
 (r'(a+)+?b', 'aab'), (r'(a{2})*?a', 'aaaaa'), (r'(?:(a)|b)*?c', 'abac'), (r'((a)|(b))*', 'abab'),
 (r'(a)*+', 'aaa'), (r'(ab|a)*+b', 'abab'), (r'(?:a{1,2})++$', 'aaa'), (r'(a|ab)*?c', 'abac'),
 (r'(?i)(ab)\1', 'abAB'), (r'(?i)[^\W]+', 'ÄÖÜ'), (r'(?i)[Σ]+', 'σςΣ'), (r'(?i)[a-zA-Z]+', 'ſK'),
 (r'(?i)ǆ', 'ǅ'), (r'(?i)[ǆ]', 'Ǆ'), (r'(?i)µ', 'Μ'), (r'(?i)ﬀ', 'FF'), (r'(?i)İ', 'i'), (r'(?i)i', 'İ'),
 (r'(?m)a$', 'a\r\nb'), (r'(?m)$', 'a\nb\n'), (r'\Z', 'a\n'), (r'$', 'a\n'), (r'(?m)^', 'a\nb\n'),
 (r'(?x) [a b] \# \ x', 'b# x'), (r'(?x)a{2} # two', 'aa'), (r'(?x)(?# c ) a', 'a'), (r'(?x)a(?-x: b)', 'a b'),
 (r'(?s:.)\n.', '\n\nx'), (r'(?m:^b)', 'a\nb'), (r'(?i:A(?-i:b))', 'aB'),
 (r'x(?(1)a)', 'x'), (r'(?:(a)|x)(?(1)b|c)', 'xc'), (r'(?P<a>\()?\w+(?(a)\))', '(ab)'), (r'(?P<a>\()?\w+(?(a)\))', 'ab)'),
 (r'é(.)ü', 'aéxüb'), (r'\w+', '日本語 テキスト'), (r'(?<=日)本', '日本'), (r'.', '😀x'), (r'[😀-😂]+', '😁😀'),
 (r'\u00e9', 'é'), (r'[\u0400-\u04ff]+', 'hi Привет'), (r'\W+', 'a—b'), (r'\d', '𝟘'), (r'\s', '\x1c'), (r'(?a)\s', '\x1c'),
 (r'.{3}', 'abcdefg'), (r'(.)(.)(.)(.)(.)(.)(.)(.)(.)(.)(.)\11', 'abcdefghijkk'), (r'(a)\10', 'a\x08'), (r'[\10]', '\x08'),
 (r'(?:)', 'ab'), (r'|a', 'a'), (r'a|', 'b'), (r'(|a)+', 'aa'), (r'(a?)+?b', 'aab'), (r'(a*)+$', 'aab'),
 (r'(?:a*)*', 'aab'), (r'(?:a*)+?x', 'aax'), (r'(a|b)*?b', 'aab'), (r'(?=a)*' if False else r'(?:(?=a))*a', 'a'),
 (r'\b\w', 'ab cd'), (r'\w\b', 'ab cd'), (r'^', ''), (r'a{0}', 'a'), (r'(a){0}b', 'b'), (r'a{1,}?', 'aaa'),
 (r'a{,}', 'aaa'), (r'[-a]+', '-a'), (r'[a\-z]+', '-az'), (r'[\]]+', ']]'), (r'[\\]', '\\'), (r'[^^]+', 'ab^'),
 (r'[\b]', '\b'), (r'\a\f\v', '\a\f\v'), (r'[\s\d]', '\t'), (r'[^\s\d]+', 'ab 1'),
]
for pat, s in cases:
    try:
        p = re.compile(pat)
    except re.error as e:
        print(repr(pat), 'error', e); continue
    m = p.search(s); print(repr(pat), repr(s), m and (m.span(), m.groups(), m.lastindex))
    print('  ', p.findall(s), p.split(s), p.sub('-', s), [m.span() for m in p.finditer(s)])
for pat, s in [(rb'\w+', b'ab\xe9 cd'), (rb'(?i)[a-z]+', b'ABC\xc9'), (rb'\d+', b'12'), (rb'\s', b'\x1c'),
               (rb'[\x80-\xff]+', b'a\x80\xffb'), (rb'(?L)\w+', b'ab'), (b'\xe9', b'\xe9'), (rb'\b', b'ab')]:
    p = re.compile(pat)
    m = p.search(s); print(p, m, p.findall(s), p.sub(b'-', s), p.split(s))
print(re.search(b'b', bytearray(b'abc')), re.findall(b'.', bytearray(b'ab')), re.sub(b'a', b'x', bytearray(b'bab')))
print(re.match('x' * 100, 'x' * 100), re.search('é+', 'aééé' * 30))
m = re.search(r'(\w)(é)?', 'xyz'); print(m.span(2), m.start(2), m.group(2), m.groups('d'))
p = re.compile(r'\w+')
print([m.group() for m in p.finditer('ab cd ef', 3)], p.findall('ab cd ef', 1, 5), p.search('ab cd', 2), p.match('ab cd', 2), p.fullmatch('ab cd', 3))
print(p.match('abc', -5, 100), p.search('abc', 10), p.findall('abc', 2, 1))
print(re.sub('a', r'\\', 'a'), re.sub('a', '\\\\n', 'a'), re.sub('(a)', r'\g<1>0', 'a'), re.sub('(a)', r'\10', 'a') if False else '')
print(re.subn(r'\d', lambda m: str(int(m.group()) * 2), 'a1b2c3', 2))
try:
    re.sub('a', lambda m: 5, 'aa')
except TypeError as e:
    print(e)
try:
    re.sub('a', 5, 'aa')
except TypeError as e:
    print(e)
print(re.split(r'\b', 'a b'), re.split(r'^$', '', flags=re.M), re.split(r'(?m)^', 'a\nb\n'), re.split('(x)?(y)', 'ayb'))
print(re.findall('', 'ab'), re.findall('a|', 'ab'), re.sub('a|', '-', 'ab'), re.sub('$', 'X', 'a\n'), re.sub('(?m)$', 'X', 'a\nb\n'))
print(re.sub('b*', 'X', 'abc'), re.sub(r'\b', '|', 'hi there'), re.subn('', '', 'ab'))
print(re.fullmatch('a*?', 'aaa'), re.fullmatch('(a|ab)(c|bcd)', 'abcd'), re.fullmatch('a+', 'aab'))
print(re.compile(r'(?P<x>a)(?P<y>b)?').match('a').groupdict('z'), re.match('(a)(b)?', 'a')[2])
print(re.template if False else '', re.compile(r'(?i)a').flags, re.compile(b'a').flags, re.compile('(?a)a').flags, re.compile('(?x)a', re.M).flags)
print(re.compile('(?i)a'), re.compile('(?s)(?m)a'))
for pat, repl, s in [(b'a', 'x', b'bab'), ('a', b'x', 'bab'), ('a', bytearray(b'x'), 'a'), (b'a', bytearray(b'x'), b'a'), ('a', 5, 'a'), (b'a', 5, b'a')]:
  try: print(re.sub(pat, repl, s))
  except Exception as e: print(type(e).__name__, e)
try: re.sub('a', lambda m: 5, 'a')
except Exception as e: print(type(e).__name__, e)
try: re.sub(b'a', lambda m: 'x', b'a')
except Exception as e: print(type(e).__name__, e)
