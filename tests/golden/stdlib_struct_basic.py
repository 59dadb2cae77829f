# struct: sizes and alignment, byte orders, ints, floats (double, single, half, subnormal), strings, Struct, errors.
import struct
print(struct.pack("<hHiIq", -2, 65535, -7, 4000000000, -1), struct.pack(">I", 1), struct.pack("!h", 258))
print(struct.calcsize("@bhiq"), struct.calcsize("=bhiq"), struct.calcsize("<10s3x?"), struct.calcsize("@ci"), struct.calcsize("l"), struct.calcsize("<l"))
print(struct.pack("@bi", 1, 2), struct.pack("<5sp", b"hello world", b"x"), struct.pack("3s", b"ab"), struct.pack("<?c", True, b"z"))
for fmt, v in [("<d", 3.141592653589793), ("<f", 3.141592653589793), ("<e", 1.5), (">d", -0.0), ("<d", float("inf")), ("<f", 1e-40), ("<e", 65504.0), ("<d", 5e-324), ("<f", 0.1)]:
    b = struct.pack(fmt, v)
    print(fmt, b, struct.unpack(fmt, b))
print(struct.unpack("<hHiIq", struct.pack("<hHiIq", -2, 65535, -7, 4000000000, -1)), struct.unpack(">4sh", b"abcd\x01\x02"))
s = struct.Struct("<HH"); print(s.format, s.size, s.pack(1, 2), s.unpack(b"\x01\x00\x02\x00"), list(s.iter_unpack(b"\x01\x00\x02\x00\x03\x00\x04\x00")))
buf = bytearray(8); struct.pack_into("<I", buf, 2, 0xdeadbeef); print(buf, struct.unpack_from("<I", buf, 2))
for bad in [lambda: struct.pack("b", 200), lambda: struct.pack("<h", 40000), lambda: struct.pack("B", -1), lambda: struct.pack("i", "x"), lambda: struct.pack("hh", 1),
            lambda: struct.unpack("<I", b"ab"), lambda: struct.pack("z", 1), lambda: struct.pack("<f", 1e300), lambda: struct.pack("<q", 2**63)]:
    try:
        bad()
    except (struct.error, OverflowError) as e:
        print(type(e).__name__, e)
