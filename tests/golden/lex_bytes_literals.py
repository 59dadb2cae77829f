print(b"abc", b'xyz', B"Q")
print(b"\x00\x01\xff", rb"\x00", br"\n")
print(b"it's", b'say "x"', b'both \' and "')
print(len(b"\x00\x01"), b"ab"[0], b"ab"[1:])
print(b"""tri
ple""")
print(b"\t\n\r\\")
print(b"a" b"b" b"c")
print(type(b""), b"" == bytes())
