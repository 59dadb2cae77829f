# difflib: SequenceMatcher (blocks, opcodes, ratios, junk and autojunk), get_close_matches,
# unified/context diffs, ndiff/Differ with intraline hints, restore, and errors.
import difflib

s = difflib.SequenceMatcher(None, 'abxcd', 'abcd')
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())
print(s.get_matching_blocks())
for op in s.get_opcodes():
    print(op)
print(s.find_longest_match(0, 5, 0, 4))
print(s.find_longest_match())

s = difflib.SequenceMatcher(lambda x: x == ' ', 'private Thread currentThread;',
                            'private volatile Thread currentThread;')
print(round(s.ratio(), 3), s.get_matching_blocks())
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print('{:7} a[{}:{}] --> b[{}:{}] {!r:>8} --> {!r}'.format(
        tag, i1, i2, j1, j2, s.a[i1:i2], s.b[j1:j2]))

s = difflib.SequenceMatcher(None, ' abcd', 'abcd abcd')
print(s.find_longest_match(0, 5, 0, 9))
s = difflib.SequenceMatcher(lambda x: x == ' ', ' abcd', 'abcd abcd')
print(s.find_longest_match(0, 5, 0, 9))

a = 'x' * 300 + 'hello' + 'y' * 10
b = 'x' * 250 + 'hellp' + 'y' * 20
s = difflib.SequenceMatcher(None, a, b)
print(sorted(s.bpopular), sorted(s.bjunk), s.get_matching_blocks()[:3], round(s.ratio(), 6))
s = difflib.SequenceMatcher(None, a, b, autojunk=False)
print(sorted(s.bpopular), s.get_matching_blocks()[:3], round(s.ratio(), 6))

s = difflib.SequenceMatcher(None, [1, 2, 3, 4, 5], [1, 3, 4, 6, 5])
print(s.get_opcodes(), s.ratio())
s.set_seq1([1, 2])
print(s.get_opcodes())
s.set_seqs('', '')
print(s.ratio(), s.get_opcodes(), s.get_matching_blocks())
s = difflib.SequenceMatcher(None, list(range(20)), list(range(3, 25)))
print(list(s.get_grouped_opcodes(2)))
m = difflib.Match(1, 2, 3)
print(m, m.a, m.size)

words = ['ape', 'apple', 'peach', 'puppy', 'appel', 'apply', 'happy', 'pineapple']
print(difflib.get_close_matches('appel', words))
print(difflib.get_close_matches('appel', words, n=5, cutoff=0.3))
print(difflib.get_close_matches('wheel', words))
import keyword
print(difflib.get_close_matches('wheel', keyword.kwlist), difflib.get_close_matches('pythn', ['python', 'jython', 'cython']))

old = ['one\n', 'two\n', 'three\n', 'four\n', 'five\n', 'six\n', 'seven\n', 'eight\n',
       'nine\n', 'ten\n']
new = ['zero\n', 'one\n', 'tree\n', 'four\n', 'five\n', 'six\n', 'seven\n', 'eight\n',
       'nine\n', 'ten\n', 'eleven\n']
print(''.join(difflib.unified_diff(old, new, fromfile='before.txt', tofile='after.txt')), end='')
print(''.join(difflib.unified_diff(old, new, 'a', 'b', 'Mon Jan 1', 'Tue Jan 2', n=1)), end='')
print(''.join(difflib.context_diff(old, new, fromfile='before.txt', tofile='after.txt')), end='')
print(''.join(difflib.context_diff(old, new, n=0)), end='')
for line in difflib.unified_diff('a b c'.split(), 'a c d'.split(), lineterm=''):
    print(line)
print(list(difflib.unified_diff(old, old)), list(difflib.context_diff([], [])))
print(list(difflib.unified_diff([], ['x\n'])), list(difflib.unified_diff(['x\n'], [])))

text1 = '''  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
'''.splitlines(keepends=True)
text2 = '''  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
'''.splitlines(keepends=True)
result = list(difflib.Differ().compare(text1, text2))
print(''.join(result), end='')
delta = list(difflib.ndiff(['one\n', 'two\n', 'three\n'], ['ore\n', 'tree\n', 'emu\n']))
print(''.join(delta), end='')
print(''.join(difflib.restore(delta, 1)), end='')
print(''.join(difflib.restore(delta, 2)), end='')
print(list(difflib.ndiff(['abc\tdef\n'], ['abc\tdeg\n'])))
print(list(difflib.ndiff(['same\n', 'x\n'], ['same\n', 'y\n'], linejunk=difflib.IS_LINE_JUNK)))
print([difflib.IS_LINE_JUNK(s) for s in ['\n', '  #   \n', 'hello\n', '#x\n', '']])
print([difflib.IS_CHARACTER_JUNK(c) for c in ' \tx\n'])
print(list(difflib.diff_bytes(difflib.unified_diff, [b'a\n', b'\xff\n'], [b'a\n', b'b\n'],
                              b'old', b'new')))

def attempt(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(repr(list(r) if not isinstance(r, list) else r))
    except Exception as e:
        print(type(e).__name__ + ':', e)

attempt(difflib.get_close_matches, 'x', ['y'], n=0)
attempt(difflib.get_close_matches, 'x', ['y'], cutoff=1.5)
attempt(difflib.unified_diff, [1, 2], ['a'])
attempt(difflib.unified_diff, ['a'], [b'b'])
attempt(difflib.context_diff, ['a'], ['b'], fromfile=3)
attempt(difflib.restore, ['- a'], 3)
attempt(difflib.diff_bytes, difflib.unified_diff, ['a'], [b'b'])
