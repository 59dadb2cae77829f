# base64, binascii and secrets: encodings both ways, errors, tokens.
import base64, binascii, secrets
for data in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))]:
    e = base64.b64encode(data)
    print(e[:40], base64.b64decode(e) == data, base64.b32encode(data)[:24], base64.b32decode(base64.b32encode(data)) == data,
          base64.b16encode(data)[:16], base64.b16decode(base64.b16encode(data)) == data, base64.b32hexencode(data)[:16])
print(base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.urlsafe_b64decode("-__-"), base64.b64encode(b"\xfb\xff", altchars=b"-_"))
print(base64.b64decode("Zm9v\nYmFy"), base64.b64decode(b"Zm9vYg=="), base64.encodebytes(b"x" * 60), base64.decodebytes(b"eHh4\n"))
for bad in ["Zm9vY", "Zm9vYg", "Zm9v!Ymy"]:
    try:
        print(base64.b64decode(bad))
    except binascii.Error as e:
        print("Error", e)
try:
    base64.b64decode("Zm9v!", validate=True)
except binascii.Error as e:
    print("Error", e)
try:
    base64.b64encode("text")
except TypeError as e:
    print(e)
print(binascii.hexlify(b"\x01\xab"), binascii.unhexlify("01ab"), binascii.hexlify(b"abc", "-"), binascii.crc32(b"hello world"), binascii.b2a_base64(b"hi"))
print(len(secrets.token_hex(16)), len(secrets.token_bytes(8)), len(secrets.token_urlsafe(16)), secrets.choice([5]), 0 <= secrets.randbelow(10) < 10, secrets.compare_digest(b"a", b"a"))
