# IGNORECASE over cased characters of a few scripts: literals, sets, ranges and negated sets
# (CPython's simple case folding plus the characters that share an uppercase).
import re

blocks = [(0x41, 0x250), (0x370, 0x400), (0x400, 0x460), (0x1C4, 0x1F4), (0x1E90, 0x1EA0),
          (0x1F80, 0x1FB4), (0x1FC0, 0x1FD0), (0x2120, 0x2130), (0xFB00, 0xFB07)]
for lo, hi in blocks:
    for c in range(lo, hi):
        ch = chr(c)
        if not (ch.lower() != ch or ch.upper() != ch or ch.title() != ch):
            continue
        cand = set()
        for x in (ch.lower(), ch.upper(), ch.title(), ch.casefold(), ch):
            for y in x:
                cand.add(y)
                for z in (y.lower(), y.upper()):
                    for w in z:
                        cand.add(w)
        cand.update(['i', 'ı', 'İ', 's', 'ſ', 'k', 'K'])
        subj = ''.join(sorted(cand))
        e = re.escape(ch)
        r1 = re.findall('(?i)' + e, subj)
        r2 = re.findall('(?i)[%' + e + ']', subj)
        r3 = re.findall('(?i)[' + e + '-' + e + ']', subj)
        r4 = re.findall('(?i)[^%' + e + ']', subj)
        print('%x' % c, ''.join(r1), ''.join(r2), ''.join(r3), ''.join(r4))

# Unicode-aware classes for str, ASCII ones with re.ASCII and for bytes.
text = 'Straße 42 — ٣٤ café\u00a0naïve\u2003x_y'
for pat in [r'\w+', r'\d+', r'\s+', r'\W+', r'\D+', r'\S+', r'\b\w', r'[\w\s]+']:
    print(pat, re.findall(pat, text), re.findall(pat, text, re.A))
print(re.findall(rb'\w+', 'café 12'.encode()), re.findall(rb'(?i)CAF.', b'caf\xc9 CAFE'))
print(re.sub(r'(?i)straße', 'X', 'STRAßE strasse'), re.search(r'(?i)ǆ', 'xǅ'))
print(re.findall(r'(?i)[α-ω]+', 'ΑΛΦΑ beta ΓΆΜΑ'), re.findall(r'(?i)(σ)\1', 'σΣ ςσ'))
m = re.search(r'(\w+)\s(\w+)', '日本語 テキスト!')
print(m, m.span(1), m.span(2), m.start(), m.end())
print(re.split(r'\s*[,、]\s*', 'a、b , c'), re.sub(r'\w', lambda m: m.group().upper(), 'ÿéß'))
