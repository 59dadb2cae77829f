# bytes: construction, repr, protocols, search/split/strip/replace, decode/hex/fromhex, %.
b = b"hello\x00\xff"
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], b[::2], type(b[0]).__name__, list(b[:3]), b[True])
print(b"abc" + b"def", b"ab" * 2, 3 * b"x", b"b" in b"abc", 98 in b"abc", b"" in b"abc", b"abc".upper(), b"ABC".lower(), b"aBc".swapcase())
print(bytes(3), bytes([65, 66, 67]), bytes("é", "utf-8"), bytes(range(3)), bytes(), bytes(b"ab"), bytes("x", encoding="ascii"), bytes((1, 2)))
for v in [b"\n\t\r\\'\"", b"'", b'"', b"\x7f\x80", b"a'b", b'a"b\'', b"\x00\x1f ~"]:
    print(repr(v), str(v))
print(b"abc" == b"abc", b"abc" < b"abd", b"abc" == "abc", bytes() == b"", b"b" > b"abc", b"a" <= b"a", sorted([b"b", b"a", b"ab"]))
print(hash(b"abc") == hash(b"ab" + b"c"), {b"k": 1}[b"k"])
print(b"a,b,c".split(b","), b" x  y ".split(), b"a b c".rsplit(None, 1), b"a,b,c".rsplit(b",", 1), b"a b".split(maxsplit=0), b"\x1c a".split())
print(b" x ".strip(), b"xxhixx".strip(b"x"), b"  a".lstrip(), b"a  ".rstrip(), b"-".join([b"a", b"b"]), b"".join((b"x", b"y")))
print(b"abc".find(b"c"), b"abc".find(99), b"abcabc".rfind(b"b"), b"abc".index(b"b"), b"abcabc".rindex(97), b"aaaa".count(b"aa"), b"abc".count(b""))
print(b"abc".startswith(b"a"), b"abc".endswith((b"x", b"c")), b"abc".startswith(b"b", 1), b"hello".replace(b"l", b"L"), b"hello".replace(b"l", b"", 1))
print(b"key=v".partition(b"="), b"a=b=c".rpartition(b"="), b"abc".removeprefix(b"a"), b"abc".removesuffix(b"c"))
print(b"12".isdigit(), b"ab".isalpha(), b"a1".isalnum(), b" \t".isspace(), b"\x80".isascii(), b"ab".islower(), b"AB".isupper(), b"".isdigit())
print(b"caf\xc3\xa9".decode(), b"abc".decode("ascii"), b"\x00\x10\xab".hex(), b"abc".hex(":"), b"abcdef".hex(b"-", 2), b"abcdef".hex(" ", -4))
print(bytes.fromhex("41 42"), bytes.fromhex(" 4a4B "), bytes.fromhex(""))
print(list(iter(b"hi")), [x for x in b"ab"], b"%s=%d" % (b"x", 5), b"%r|%5b|%-3s|%x|%c%c" % ("q", b"ab", b"c", 255, 65, b"z"))
print(b"%(k)s" % {b"k": b"v"}, b"100%%" % (), b"%.2f" % 3.14159, b"%a" % "é")
class C:
    def __bytes__(self):
        return b"C!"
print(bytes(C()), b"%s" % C())
errs = [lambda: bytes("a"), lambda: bytes(1, "utf-8"), lambda: bytes(-1), lambda: bytes(1.5), lambda: bytes(["a"]), lambda: bytes([300]),
        lambda: bytes(1, 2, 3, 4), lambda: b"abc"[5], lambda: b"abc"[str("a")], lambda: "a" in b"a", lambda: 300 in b"a", lambda: b"a" + "b",
        lambda: b"a" * 1.5, lambda: b"abc".count("a"), lambda: b"abc".find(300), lambda: b"abc".index(b"z"), lambda: b"abc".startswith("a"),
        lambda: b"".join([b"a", "b"]), lambda: b"".join(1), lambda: b"a b".split("x"), lambda: b"a b".split(b""), lambda: b"ab".strip("a"),
        lambda: b"abc".hex("::"), lambda: bytes.fromhex(b"41"), lambda: bytes.fromhex("4"), lambda: bytes.fromhex("41 4 2"),
        lambda: b"%s" % "x", lambda: b"%d" % b"x", lambda: b"%s %s" % (b"a",), lambda: b"abc" % 5, lambda: b"\xff".decode(),
        lambda: b"abc".decode("utf-8", "strict", 1), lambda: b"a".upper(1)]
for f in errs:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
