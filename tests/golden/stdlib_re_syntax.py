import re
cases = [
 (r'a*?b', 'aaab'), (r'a{2,3}', 'aaaa'), (r'a{2,3}?', 'aaaa'), (r'a{,2}', 'aaa'), (r'a{3}', 'aa'),
 (r'(ab)+', 'ababab'), (r'(ab)+?', 'ababab'), (r'(a|ab)(c|bcd)(d*)', 'abcd'),
 (r'x{', 'x{'), (r'x{1', 'x{1'), (r'x{a}', 'x{a}'), (r'{', '{'), (r'x{}', 'x{}'),
 (r'[a-c]+', 'xxabcabx'), (r'[^a-c]+', 'abxyzc'), (r'[]a]', ']'), (r'[^]a]', 'b'), (r'[a-]', '-'),
 (r'[\d\s]+', ' 12 3x'), (r'[\w.-]+@[\w.-]+', 'x john.doe@ex-ample.com y'),
 (r'\d+', '١٢٣'), (r'\w+', 'héllo wörld'), (r'\s+', 'a\u2003b'), (r'(?a)\w+', 'héllo'),
 (r'(?i)[a-z]+', 'HeLLo'), (r'(?i)K', '\u212a'), (r'(?i)[k]', '\u212a'), (r'(?ia)k', '\u212a'),
 (r'^abc$', 'abc\n'), (r'^abc\Z', 'abc\n'), (r'(?m)^\w+$', 'ab\ncd'), (r'(?s).+', 'a\nb'), (r'.+', 'a\nb'),
 (r'(a)(?:b)(c)?', 'ab'), (r'(a)|(b)', 'b'), (r'(?P<x>a)(?P=x)', 'aa'), (r'(a)\1', 'aa'), (r'(?i)(a)\1', 'aA'),
 (r'(?=a)a', 'a'), (r'(?!a)\w', 'ab'), (r'(?<!a)b', 'ab cb'), (r'(?<=\d{2})x', '12x'),
 (r'(?>a+)b', 'aaab'), (r'(?>a+)a', 'aaaa'), (r'a++a', 'aaaa'), (r'a*+b', 'aab'), (r'(?:ab)++', 'ababx'),
 (r'(a)?(?(1)b|c)', 'ab'), (r'(a)?(?(1)b|c)', 'c'), (r'(?P<q>")?\w+(?(q)")', '"abc"'),
 (r'\bx\b', 'x'), (r'\Bx\B', 'axb'), (r'\b', ''), (r'\B', ''), (r'', ''), (r'$', ''),
 (r'(a*)+', 'b'), (r'(a*)*', 'aa'), (r'(a|)*', 'aa'), (r'(?:a|())*', 'aab'), (r'(a*?)*?', 'aa'),
 (r'((a)|b)+', 'ab'), (r'(a)+', 'aaa'), (r'(?:(a)|b)+', 'ab'), (r'(?:(a)|(b))+', 'ab'),
 (r'\x41\u0042\U00000043\101\0', 'ABCA\x00'), (r'[\x41-\x43]+', 'ABCD'), (r'\n\t', '\n\t'),
 (r'a|b|c', 'c'), (r'ab|ac|ad', 'ad'), (r'(?x) a b # comment\n c', 'abc'), (r'(?x)[ ]a', ' a'),
 (r'(?i:a)b', 'Ab'), (r'(?i:a)b', 'AB'), (r'a(?i)b' if False else r'ab', 'ab'), (r'(?-i:a)b', 'ab'),
 (r'(?#comment)a', 'a'), (r'\.\*\+', '.*+'), (r'[.*+]+', '.*+'), (r'é+', 'ééé'), (r'[à-ÿ]+', 'àéî'),
 (r'(\w+)\s(\w+)', 'Isaac Newton'), (r'.*foo', 'xfooyfoo'), (r'.*?foo', 'xfooyfoo'),
 (r'^(\d{3})-(\d{4})$', '555-1234'), (r'(?<=-)\w+', 'spam-egg'), (r'\$\d+\.\d\d', 'cost $12.50'),
 (r'[^\W\d]+', 'ab12cd'), (r'[\s\S]+', 'a\nb'), (r'(?i)straße', 'STRASSE'), (r'(?i)ǅ', 'ǆ'),
 (r'(?i)[^k]', 'K'), (r'x*', ''), (r'(x)*y', 'y'), (r'(?:x(y)?)+', 'xyx'),
]
for pat, s in cases:
    try:
        p = re.compile(pat)
    except re.error as e:
        print(repr(pat), 'error', e)
        continue
    m = p.match(s); print(repr(pat), repr(s), 'match', m and (m.span(), m.groups(), m.lastindex))
    m = p.search(s); print('  search', m and (m.span(), m.groups(), m.lastindex))
    m = p.fullmatch(s); print('  full', m and m.span())
    print('  findall', p.findall(s))
    print('  sub', p.sub('<>', s), p.subn(lambda m: '[' + m.group() + ']', s))
    print('  split', p.split(s))
    print('  iter', [(m.span(), m.lastindex) for m in p.finditer(s)])
