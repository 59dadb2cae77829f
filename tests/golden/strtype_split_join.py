# split/rsplit/splitlines/partition/join, including Unicode whitespace and maxsplit.
cases = ["  a b  c   ", "a,b,,c", "", "   ", "one\ttwo\nthree\x0bfour\x1cfive", "a\u3000b\u00a0c\u2003d", "ünï cödé  tëxt"]
for s in cases:
    print(repr(s), s.split(), s.rsplit(), s.split(None, 1), s.rsplit(None, 1), s.split(maxsplit=0), s.rsplit(maxsplit=0))
for s, sep in [("a,b,,c", ","), ("a::b::c", "::"), ("xx", "x"), ("é☃é☃", "☃"), ("abc", "d"), ("", ",")]:
    print(s.split(sep), s.rsplit(sep), s.split(sep, 1), s.rsplit(sep, 1), s.split(sep, 0), s.split(sep=sep, maxsplit=-1))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
for bad in [1, b","]:
    try:
        "abc".split(bad)
    except TypeError as e:
        print("TypeError:", e)
for args, kw in [((",", 1, 2), {}), ((), {"x": 1}), ((",",), {"sep": ","}), ((), {"maxsplit": 1.5})]:
    try:
        "a,b".split(*args, **kw)
    except TypeError as e:
        print("TypeError:", e)
for s in ["a\nb\r\nc\rd", "a\nb\n", "", "x\n\ny", "a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i", "\r\n\r\n", "no newline"]:
    print(s.splitlines(), s.splitlines(True), s.splitlines(keepends=False))
print("key=value=x".partition("="), "key=value=x".rpartition("="), "novalue".partition("="), "novalue".rpartition("="))
print("é=☃".partition("="), "a☃b☃c".rpartition("☃"))
for bad in ["", 1]:
    try:
        "abc".partition(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), "+".join(map(str, range(4))), "é".join("☃☃☃"))
print("-".join(("a",)), "-".join(x for x in "abc"), "-".join({"k": 1, "j": 2}), "".join(["", ""]))
for bad in [[1, 2], ["a", b"b"], 5, None]:
    try:
        ",".join(bad)
    except TypeError as e:
        print("TypeError:", e)
big = ",".join(str(i) for i in range(1000))
print(len(big), big[:20], len(big.split(",")), big.split(",")[-1], big.rsplit(",", 2)[-3][-10:])
