# Indexing, slicing and find() on non-ASCII strings, at random positions and in sequence: the
# per-VM cache of the last code-point position must give what walking from an end gives.
import random
random.seed(7)
alphabet = 'aé€🐍 xZ'
for trial in range(300):
    s = ''.join(random.choice(alphabet) for _ in range(random.randrange(0, 300)))
    n = len(s)
    out = []
    for _ in range(50):
        op = random.randrange(4)
        if op == 0 and n:
            out.append(s[random.randrange(-n, n)])
        elif op == 1:
            a, b = sorted(random.randrange(-n - 2, n + 3) for _ in range(2))
            out.append(s[a:b])
        elif op == 2:
            out.append(str(s.find(random.choice(alphabet), random.randrange(0, n + 1))))
        else:
            out.append(''.join(s[i] for i in range(n - 1, -1, -1))[:5])
    if trial % 10 == 0 or len(set(out)) > 40:
        print(trial, n, '|'.join(out)[:200])
    import gc
    if trial % 50 == 0: gc.collect()
print(''.join(s[i] for i in range(len(s))) == s)
