# UTF-16 and UTF-32 codecs: byte order marks, endianness, every error with its position and
# reason, error handlers both ways, round trips.
for data, enc in [(b'a\x00b', 'utf-16-le'), (b'\x00\xd8a\x00', 'utf-16-le'), (b'\x00\xdca\x00', 'utf-16-le'), (b'a\x00\x00\xd8', 'utf-16-le'), (b'\x00\xd8', 'utf-16'), (b'a\x00\x00', 'utf-32-le'), (b'\x00\x00\x11\x00', 'utf-32-le'), (b'\x00\xd8\x00\x00', 'utf-32-le'), (b'\xff\xfeA\x00', 'utf-16'), (b'\xfe\xff\x00A', 'utf-16'), (b'A\x00', 'utf-16'), (b'\x00\x00\xfe\xff\x00\x00\x00A', 'utf-32'), (b'=\xd8\r\xdc', 'UTF16LE'), (b'\x00\xd8\x00\xdc', 'utf-16-le')]:
    try: print(repr(data.decode(enc)))
    except UnicodeDecodeError as e: print(e, e.args)
    for h in ['replace', 'backslashreplace', 'ignore', 'surrogatepass', 'surrogateescape']:
        try: print(h, repr(data.decode(enc, h)))
        except UnicodeDecodeError as e: print(h, e)
for s in ['a\ud800b', 'x\udcffy', 'ab\ud800\udc00c']:
    for enc in ['utf-16', 'utf-16-be', 'utf-32', 'utf_32_le']:
        try: print(s.encode(enc))
        except UnicodeEncodeError as e: print(e, e.args)
        for h in ['replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace', 'surrogatepass', 'surrogateescape']:
            try: print(h, s.encode(enc, h))
            except UnicodeEncodeError as e: print(h, e)
print(''.encode('utf-16'), ''.encode('utf-32'), b''.decode('utf-16'), '🐍'.encode('utf-16-be'), '🐍'.encode('utf-32-be'))
print(b'\x00\xd8\x00\xdc'.decode('utf-16-le', 'surrogatepass'), repr(b'\x00\xd8'.decode('utf-16-le', 'surrogatepass')))
for t in ['héllo wörld 🐍', '', 'ascii', '\U0010ffff\u0800']:
    for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be', 'u16', 'UTF-32BE']:
        b = t.encode(enc)
        assert b.decode(enc) == t, (t, enc)
        print(enc, b.hex())
print(str(b'h\x00i\x00', 'utf-16-le'), bytes('hi', 'utf-32-be'), "é".encode('utf-32'))
