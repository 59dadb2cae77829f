# ASCII upper/lower/casefold on random strings of every length (the word-at-a-time path and
# its byte-wise tail).
import random
random.seed(1)
for _ in range(2000):
    s = ''.join(chr(random.randrange(0, 128)) for _ in range(random.randrange(0, 40)))
    print(repr(s.upper()), repr(s.lower()), repr(s.casefold()))
