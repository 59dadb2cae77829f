# Random patterns (sets, classes, alternations, quantifiers, anchors, flags) searched, found
# and substituted in a few texts: the set bitmaps and the first-character skip of search()
# must agree with CPython's sre.
import random, re
random.seed(4)
atoms = ['a', 'b', '.', '[ab]', '[^a]', r'\w', r'\d', r'\s', r'\W', '[a-c]', '(a|b)', '(?:ab)', 'é', '[éa]', r'\b', '^', '$', '[0-9_]', '(?i:A)', '[A-Z]']
quants = ['', '', '*', '+', '?', '{1,2}', '*?', '+?']
texts = ['', 'aab', 'ab ba 12_3', 'Éé aB\nb', 'xyz  a1b2', 'ABCabc 99']
out = []
for _ in range(400):
    pat = ''.join(random.choice(atoms) + random.choice(quants) for _ in range(random.randrange(1, 4)))
    flags = random.choice([0, re.I, re.M, re.S, re.A])
    try:
        rx = re.compile(pat, flags)
    except re.error as e:
        out.append(f"ERR {pat!r} {e}")
        continue
    for t in texts:
        m = rx.search(t)
        out.append(f"{pat!r} {flags} {t!r} {rx.findall(t)} {m.span() if m else None} {rx.sub('-', t)}")
print('\n'.join(out))
