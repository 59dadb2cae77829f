# A tour of text processing: word counts, aligned tables, %-formatting and format(), str
# methods, textwrap and string constants.
text = """The quick brown fox jumps over the lazy dog. The dog barks!
Is this the real life? Is this just fantasy... caught in a landslide."""
import string, collections, textwrap, re
words = re.findall(r"[a-z']+", text.lower())
freq = collections.Counter(words)
print(f"{'word':<10}|{'count':>6}")
print('-' * 17)
for w, n in freq.most_common(5):
    print(f"{w:<10}|{n:>6}")
print(text.translate(str.maketrans('', '', string.punctuation))[:40])
print(' '.join(w.capitalize() for w in text.split()[:5]), text.title()[:30], text.swapcase()[:10])
print(textwrap.wrap(text, 30), textwrap.shorten(text, 40), textwrap.indent('a\nb', '> '), textwrap.dedent('   x\n   y'))
print(text.count('the'), text.lower().count('the'), text.index('fox'), text.rfind('Is'), text.startswith(('The', 'A')), text.endswith('.'))
print(repr(text.splitlines()[1].strip('.')), '|'.join(text.split('\n')), len(text), len(text.encode()), text.isascii())
table = [('Alice', 30, 55000.5), ('Bob', 4, 1234.0), ('Christina', 101, 0.25)]
for name, age, sal in table:
    print(f"{name:>10} {age:03d} {sal:>12,.2f} {sal:e} {age:#06x} {name[:3]!r:^8}")
print('%-10s|%5d|%8.3f' % ('left', 42, 3.14159), '%(a)s-%(b)03d' % {'a': 'x', 'b': 7}, '%c%c' % (72, 'i'), '%5.1f%%' % 99.5)
print('{:*^20}'.format(' center '), '{0}{1}{0}'.format('ab', 'cd'), '{p.real} {d[k]}'.format(p=3+4j, d={'k': 'v'}), format(1234567.891, ',.1f'))
s = 'racecar'; print(s == s[::-1], sorted(s), ''.join(sorted(set(s))), s.replace('c', 'k', 1), s.center(11, '.'), s.zfill(9), s.partition('e'))
print(str(123).rjust(6, '0'), 'a-b-c'.split('-', 1), 'a b\tc\nd'.split(), ' x '.strip(), 'xxhixx'.strip('x'), 'Hello'.casefold(), 'ß'.upper())
print(ord('A'), chr(97), [ord(c) - 96 for c in 'abc'], ''.join(chr(ord(c) + 1) for c in 'HAL'), 'abc' < 'abd', 'Z' < 'a', 'é'.isalpha(), '١٢'.isdigit(), '½'.isnumeric())
vowels = sum(1 for c in text.lower() if c in 'aeiou'); print(vowels, {c: text.lower().count(c) for c in 'aeiou'})
print(string.capwords('hello   world'), string.ascii_uppercase[:5], string.digits, string.hexdigits, string.punctuation[:10])
