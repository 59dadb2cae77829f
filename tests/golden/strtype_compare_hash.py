# str comparisons (code point order), equality, hashing consistency and concatenation.
words = ["b", "a", "é", "e", "z", "ä", "日", "🐍", "\uffff", "A", "", "ab", "a\x00"]
print(sorted(words))
print("a" < "b", "é" > "z", "🐍" > "\uffff", "ab" < "abc", "" < "a", "a\x00" > "a")
print("abc" == "abc", "abc" != "abd", "abc" == "ab" + "c", "é" == "\u00e9", "a" == 1, "1" == 1)
print("abc" <= "abc", "abc" >= "abd", max(words), min(words))
d = {}
for w in words:
    d[w] = len(w)
print(d["é"], d["a\x00"], "ab" in d, ("a" + "b") in d, "abc"[:2] in d)
print(hash("abc") == hash("ab" + "c"), hash("é") == hash("\u00e9"), hash("") == hash(""[:0]))
print(hash(b"abc") == hash("abc"))
try:
    "a" < 1
except TypeError as e:
    print("TypeError:", e)
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * 1.5
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * "b"
except TypeError as e:
    print("TypeError:", e)
print("a".__add__("b"), "a".__mul__(3), "a".__rmul__(2), "a".__lt__(1), "a".__eq__(None))
class R:
    def __radd__(self, other):
        return "radd:" + other
    def __rmul__(self, other):
        return "rmul:" + other
print("x" + R(), "y" * R())
parts = []
for i in range(5):
    parts.append(str(i) * i)
acc = ""
for p in parts:
    acc += p
print(acc, len(acc))
