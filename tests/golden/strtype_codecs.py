# encode/decode with utf-8, ascii and latin-1 and the error handlers; str(bytes, ...).
for s in ["abc", "é", "日本", "🐍", "a\udc80b", "\ud800x", "éaè€"]:
    for enc in ["utf-8", "ascii", "latin-1"]:
        for err in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape", "surrogatepass"]:
            try:
                r = s.encode(enc, err)
            except UnicodeError as e:
                r = type(e).__name__ + ": " + str(e)
            print(ascii(s), enc, err, r)
for b in [b"abc", b"\xc3\xa9", b"\xff", b"\xe4\xb8", b"\xe4\x41", b"\xe4\xb8\x41", b"\xe4", b"a\xff\xfeb", b"a\xe4\xb8b",
          b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xc0\xaf", b"\xf0\x9f\x90", b"\xf0\x9f\x90\x8d", b"\xed\xb2\x80z"]:
    for enc in ["utf-8", "ascii", "latin-1"]:
        for err in ["strict", "ignore", "replace", "backslashreplace", "surrogateescape", "surrogatepass"]:
            try:
                r = ascii(b.decode(enc, err))
            except UnicodeError as e:
                r = type(e).__name__ + ": " + str(e)
            print(b, enc, err, r)
print("é".encode(), "é".encode("UTF8"), "é".encode(encoding="latin1"), b"x".decode("U8"), b"x".decode("us-ascii"), b"\xe9".decode("iso-8859-1"))
print(str(b"\xc3\xa9", "utf-8"), str(b"ab\xffc", "utf-8", "replace"), str(b"abc", errors="strict"), str(encoding="utf-8"), str(b"x"), str(object=12))
for call in [lambda: "a".encode("foo"), lambda: b"a".decode("foo"), lambda: "é".encode("ascii", "foo"), lambda: b"\xff".decode("utf-8", "bogus"),
             lambda: "a".encode(1), lambda: "a".encode("utf-8", 1), lambda: b"a".decode(1), lambda: str(b"a", 1), lambda: str(1, "utf-8"),
             lambda: str("a", "utf-8"), lambda: str(b"a", foo=1), lambda: str(1, 2, 3, 4), lambda: "a".encode("utf-8", "strict", 1)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__ + ":", e)
