b = b"hello\x00\xff"
print(b, len(b), b[0], b[-1], b[1:3], type(b[0]).__name__, list(b[:3]))
print(b"abc" + b"def", b"ab" * 2, b"b" in b"abc", 98 in b"abc", b"abc".upper())
print(b"a,b,c".split(b","), b" x ".strip(), b"-".join([b"a", b"b"]), b"abc".find(b"c"))
print(b"caf\xc3\xa9".decode(), b"abc".decode("ascii"), b"\x00\x10\xab".hex(), bytes.fromhex("41 42"))
print(bytes(3), bytes([65, 66, 67]), bytes("é", "utf-8"), bytes(range(3)))
print(repr(b"\n\t\r\\'\""), repr(b"'"), repr(b"\x7f\x80"), str(b"x"))
print(b"abc" == b"abc", b"abc" < b"abd", b"abc" == "abc", bytes() == b"")
print(b"abc".startswith(b"a"), b"hello".replace(b"l", b"L"), b"abc".count(b"b"), b"12".isdigit())
ba = bytearray(b"abc")
ba[0] = 65
ba.append(100)
ba.extend(b"ef")
print(ba, len(ba), bytes(ba), ba.decode())
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
print(b"%s=%d" % (b"x", 5), b"abc"[::-1], list(b"hi"))
