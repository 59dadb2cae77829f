# shlex: split (POSIX and not, comments), quote, join, the shlex class, and its errors.
import shlex

cases = [
    'ls -l /tmp',
    'echo "hello world" \'single quoted\'',
    r'a\ b c\"d',
    'x="1 2" y=\'3 4\' z=5',
    'cmd # a comment',
    'a"b c"d',
    '"" \'\' empty',
    r'"esc \" \\ \$ \x" done',
    r"'no \escapes' in single",
    'tab\tand\nnewline',
    'naïve café',
    '',
]
for c in cases:
    print(repr(c))
    print('  posix:    ', shlex.split(c))
    print('  comments: ', shlex.split(c, comments=True))
    print('  nonposix: ', shlex.split(c, posix=False))

for s in ['', 'simple', 'with space', "it's", 'a"b', '$HOME', 'semi;colon', 'ok@host:/path,x=1+2%',
          'tab\there', 'ünï', '*.py', '~user', '-n']:
    print(repr(s), '->', shlex.quote(s))

args = ['grep', '-r', 'two words', "it's", '', '*.txt']
line = shlex.join(args)
print(line)
print(shlex.split(line) == args)

lex = shlex.shlex('a = b + "c d"; e(f, g) # end\nnext line')
print(list(lex))
lex = shlex.shlex('a = b + "c d"; e(f, g) # end\nnext line', posix=True)
print(list(lex), lex.lineno)
lex = shlex.shlex('ls -l | grep x && echo "done";(a)>out 2>&1', punctuation_chars=True)
print(list(lex))
lex = shlex.shlex('ls -l|wc>f.txt', posix=True, punctuation_chars=True)
lex.whitespace_split = True
print(list(lex), repr(lex.punctuation_chars))

lex = shlex.shlex('one two three', posix=True)
print(lex.get_token(), lex.get_token())
lex.push_token('pushed')
print(lex.get_token(), lex.get_token(), lex.get_token(), lex.get_token())
print(repr(lex.eof), repr(shlex.shlex('').eof))

lex = shlex.shlex('key:value,other:thing', posix=True)
lex.whitespace = ','
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex('a-b c.d', posix=True)
lex.wordchars += '-.'
print(list(lex))
lex = shlex.shlex('x\ny\nz', posix=True)
print(lex.error_leader(), end='')
for tok in lex:
    print(tok, lex.lineno)
print(lex.error_leader('file.txt', 7))

for bad in ['"unclosed', "it's", 'trailing\\', 'a "b\\']:
    try:
        shlex.split(bad)
    except ValueError as e:
        print(repr(bad), 'ValueError:', e)
for bad in [5, b'bytes']:
    try:
        shlex.quote(bad)
    except TypeError as e:
        print('TypeError:', e)
print(shlex.quote(None))
print(list(shlex.shlex()), list(shlex.shlex(posix=True)))  # stdin, empty here
