# The matcher: long subjects (no C++ recursion per character), empty-match rules of repeats and
# of findall/sub/split, backtracking into groups, atomic groups, possessive quantifiers.
import re

s = 'x' * 10**6
print(re.match('.*', s).end(), re.match('(?s).*?$', s).end(), re.search('x$', s).start())
print(re.match('(a|b)*', 'ab' * 200000).span(), re.match('(?:a|b)*c', 'ab' * 50000 + 'c').end())
print(re.match('(ab)*?c', 'ab' * 50000 + 'c').group(1), re.fullmatch('(?:x+)+', 'x' * 100000) is not None)
print(len(re.findall('x', s[:200000])), len(re.sub('x', 'yy', s[:100000])), len(re.split('x', s[:50000])))
print(re.match(r'(\w+\s?)+$', 'word ' * 6 + '!'))

for pat, subj in [('(a*)*', 'aab'), ('(a*)+', 'b'), ('(a|)*', 'aa'), ('(a*?)*?b', 'aab'),
                  ('(?:a*)*b', 'aab'), ('(a?)+?b', 'ab'), ('(?:(a)|b)*', 'ab'), ('(?:(a)|b)*', 'ba'),
                  ('((a)|(b))*', 'abab'), ('(a)*+a', 'aaa'), ('(?>a*)a', 'aaa'), ('(?>a|ab)c', 'abc'),
                  ('(?>(a|ab))c', 'ac'), ('a{2,}+a', 'aaaa'), ('a?+a', 'a'), ('(?:ab|a)++b', 'abab'),
                  ('(a)?(?(1)b|c)', 'ab'), ('(a)?(?(1)b|c)', 'c'), ('(a)?(?(1)b|c)', 'b'),
                  (r'(?=(\w+))\1x', 'abcx'), (r'(?!a)\w+', 'abc'), (r'(?<=ab)c', 'abc'),
                  (r'(?<![a-z])\d+', 'a12 34'), (r'(?<=(.))\1', 'xaab'), (r'(?:(?=(a))a)*\1', 'aaa'),
                  (r'(a+)+b', 'aaab'), (r'(a|ab)(c|bcd)(d*)', 'abcd'), (r'(.*)(\d+)', 'abc123'),
                  (r'(.*?)(\d+)', 'abc123'), (r'(a{2}){2,3}', 'aaaaaaa'), (r'(?:a{2}){2,3}?', 'aaaaaaa'),
                  (r'(\d+?)(\d{2})', '12345'), (r'x*', 'axxb'), (r'\b', 'ab cd'), (r'$|a', 'a\n')]:
    p = re.compile(pat)
    m = p.match(subj)
    print(pat, subj, m and (m.span(), m.groups(), m.lastindex), p.findall(subj),
          [m.span() for m in p.finditer(subj)], p.sub('-', subj), p.split(subj))

print(re.sub('x*', '-', 'abxd'), re.sub('x*', '-', 'abxxd', count=2), re.subn('(?:)', '|', 'abc'))
print(re.split(r'(?=b)', 'abab'), re.split(r'\b', 'a b c'), re.split(r'(\s)|(,)', 'a b,c', maxsplit=2))
print(re.findall(r'a*?', 'aa'), re.findall(r'(a)*?', 'aa'), re.findall('|a', 'aa'))
try:
    re.match('(a|b)*c', 'ab' * 10**5)
    print('no MemoryError')
except MemoryError:
    print('MemoryError')

# Required iterations do not arm the empty-iteration guard (CPython's last_ptr).
for pat in [r'(|c){1,2}', r'(a||c){1,2}', r'(?:(|c){1,2})', r'(|c)*', r'(|c){2}']:
    r = re.compile(pat)
    print(pat, r.findall('c'), [m.span() for m in r.finditer('c')], r.sub('-', 'c'))
