# Dicts and strings: building strings, split/join, formatting, str-keyed
# dict updates and lookups, sorting by key.
WORDS = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu".split()


def main():
    counts = {}
    lines = []
    for i in range(1000000):
        w = WORDS[i % len(WORDS)]
        key = w + str(i % 97)
        counts[key] = counts.get(key, 0) + 1
        if i % 7 == 0:
            lines.append(f"{w}:{i}:{key.upper()}")
    text = "\n".join(lines)
    total = 0
    for line in text.split("\n"):
        parts = line.split(":")
        total += len(parts[0]) + int(parts[1]) % 13 + len(parts[2].lower())
    index = {}
    for k, v in counts.items():
        index.setdefault(k[0], []).append(v)
    top = sorted(counts, key=lambda k: (-counts[k], k))[:5]
    s = ""
    for i in range(600000):
        s += WORDS[i % 12][i % 2]
    print(f"strings {len(counts)} {total} {sorted(index)} {top} {s.count('a')} {len(s)}")


main()
