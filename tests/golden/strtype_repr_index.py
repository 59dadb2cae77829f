# str repr (quote choice, escapes, non-printable code points), indexing and slicing.
for s in ["", "abc", "it's", 'say "hi"', "both ' \"", "tab\there\nnl\r\x00\x1f\x7f\\",
          "é", "日本", "🐍", "\u200b", "\x85", "\xa0", "\u2028", "\ud800", "\U000e0001", "\U0010ffff",
          "a\u0301", "\x80\x9f"]:
    print(repr(s), ascii(s), len(s))
s = "héllo wörld ☃ 🐍!"
print(s[0], s[1], s[-1], s[-2], s[-3], s[4:9], s[::2], s[::-1], s[1::3], s[-4:-1], s[100:], s[:-100])
for i in range(-len(s), len(s)):
    assert s[i] == list(s)[i]
print(s[2:2], s[5:1], s[5:1:-1], s[::-3])
t = "abcdefghij"
print(t[::3], t[-1::-2], t[2:8:2], t[8:2:-2], t[slice(1, None, 4)])
for bad in [100, -100]:
    try:
        s[bad]
    except IndexError as e:
        print("IndexError:", e)
for key in [1.5, None, "x"]:
    try:
        s[key]
    except TypeError as e:
        print("TypeError:", e)
try:
    s[2**80]
except IndexError as e:
    print("IndexError:", e)
print(s[True], s[False])
class Idx:
    def __index__(self):
        return 2
print(s[Idx()], "abcd"[Idx():])
print([c for c in "aé☃🐍b"], list(reversed("aé☃")), "".join(reversed("héllo")))
it = iter("xé")
print(next(it), next(it), next(it, "end"))
print(len("🐍🐍"), "🐍" * 3, 3 * "é", "ab" * -2, "x" * True)
print("é" in "café", "" in "abc", "☃" in "snow", "🐍" not in "snake")
for bad in [1, None, b"a"]:
    try:
        bad in "abc"
    except TypeError as e:
        print("TypeError:", e)
