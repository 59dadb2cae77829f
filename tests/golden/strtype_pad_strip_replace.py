# center/ljust/rjust/zfill/expandtabs, strip family, replace, removeprefix/suffix, translate.
for s in ["ab", "abc", "é☃", ""]:
    for w in [0, 1, 5, 6, 7]:
        print("[" + s.center(w) + "]", "[" + s.center(w, "*") + "]", "[" + s.ljust(w, "☃") + "]", "[" + s.rjust(w) + "]")
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(6), "".zfill(3), "12345".zfill(3), "-".zfill(3), "é".zfill(3))
for args in [(5, "ab"), (5, 1), (1.5,), (), (5, "")]:
    try:
        "x".center(*args)
    except TypeError as e:
        print("TypeError:", e)
print(repr("a\tb\tc".expandtabs()), repr("a\tb".expandtabs(4)), repr("ab\tc\n\td".expandtabs(3)), repr("é\t☃".expandtabs(2)),
      repr("x\ty".expandtabs(0)), repr("x\ty".expandtabs(-1)), repr("x\r\ty".expandtabs(tabsize=4)))
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr("\u3000é\u2003".strip()), repr("\x1c a \x1f".strip()))
print("xxhixx".strip("x"), "abcba".strip("ab"), "www.example.com".lstrip("w."), "file.txt..".rstrip("."), "☃é☃x☃".strip("☃é"))
print(repr("abc".strip("")), repr("".strip()), "aaa".strip("a") == "", "abc".strip(None))
try:
    "abc".strip(1)
except TypeError as e:
    print("TypeError:", e)
print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("", "-", 2), "hello".replace("l", ""))
print("ababab".replace("ab", "x", 0), "no match".replace("zz", "y"), "é☃é".replace("é", "e"), "☃".replace("", "é"), "".replace("", "x"))
print("aaaa".replace("aa", "b"), "abc".replace("abc", ""), "a.b.c".replace(".", "::", -1), "xyz".replace("y", "yy" * 3))
for args in [(1, "b"), ("a", 1), ("a", "b", 1.5), ("a",)]:
    try:
        "abc".replace(*args)
    except TypeError as e:
        print("TypeError:", e)
print("prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"), "abc".removeprefix("x"), "abc".removesuffix(""), "☃x".removeprefix("☃"))
try:
    "abc".removeprefix(1)
except TypeError as e:
    print("TypeError:", e)
table = str.maketrans("abc", "xyz", "d")
print(sorted(table.items()), "abcdef".translate(table), "a-b_c".translate(str.maketrans("-_", "  ")))
print("abc".translate({97: "AA", 98: None, 99: 0x2603}), "héllo".translate({ord("é"): "e"}), "abc".translate([]))
print(str.maketrans({"a": 1, 98: "x", "c": None}))
class Table:
    def __getitem__(self, k):
        if k == ord("a"):
            return "A"
        raise LookupError(k)
print("banana".translate(Table()))
for t in [{97: 1.5}, {97: -1}, {97: 0x110000}]:
    try:
        "abc".translate(t)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
for args in [(1,), ("ab", "c"), ({"ab": 1},), ({1.5: 1},), ("a", 2), ("a", "b", 3)]:
    try:
        str.maketrans(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
