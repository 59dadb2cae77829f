s = ""
for i in range(10):
    s += str(i)
print(s, len(s))
parts = []
for w in ["alpha", "beta", "gamma"]:
    parts.append(w[::-1].capitalize())
print(" ".join(parts))
text = "The quick brown fox jumps over the lazy dog"
print(sorted(set(text.lower()) - {" "}) == list("abcdefghijklmnopqrstuvwxyz"))
print([w for w in text.split() if len(w) > 4], text.count("o"), text.title().swapcase())
vowels = sum(1 for c in text if c in "aeiouAEIOU")
print(vowels, text[4:9], text[-3:].upper())
caesar = "".join(chr((ord(c) - 97 + 3) % 26 + 97) if c.islower() else c for c in "hello, world")
print(caesar)
