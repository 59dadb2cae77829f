s = "héllo wörld ☃ 🐍"
print(len(s), s[1], s[-1], s[-3], s[6:11], s[::-1])
print(s.upper(), s.encode("utf-8"), len(s.encode("utf-8")))
print([ord(c) for c in "aé☃🐍"], chr(233), chr(0x2603), chr(0x1F40D))
print("é" < "z", "z" < "é", sorted(["é", "e", "f", "ä"]))
print(s.find("☃"), s.index("🐍"), s.count("l"), "ö" in s)
b = "日本".encode()
print(b, b.decode(), len(b), "日本".encode("utf-8") == b)
print("ÅÄÖ".lower(), "straße".upper(), "ǅ".lower(), "ﬁ".upper())
print(repr("\u200b"), repr("é"), ascii("é☃🐍"), "\u00e9" == "é")
for i, c in enumerate("a☃b"):
    print(i, c)
print(str(b"\xc3\xa9", "utf-8"), "x".join("αβγ"))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
