# hashlib and hmac: every digest on several inputs, copies, HMAC, PBKDF2, errors.
import hashlib, hmac
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]:
    for data in [b"", b"abc", b"a" * 1000, bytes(range(256)) * 3]:
        h = hashlib.new(name, data)
        print(name, len(data), h.hexdigest(), h.digest_size, h.block_size, h.name)
h = hashlib.sha256(); h.update(b"hello "); c = h.copy(); h.update(b"world"); c.update(b"there")
print(h.hexdigest(), c.hexdigest(), hashlib.md5(b"x").digest())
print(hashlib.sha256(b"abc").hexdigest() == hashlib.new("SHA256", b"abc").hexdigest())
print(hmac.new(b"key", b"The quick brown fox jumps over the lazy dog", "sha256").hexdigest())
print(hmac.new(b"k" * 100, b"msg", hashlib.sha1).hexdigest(), hmac.digest(b"key", b"m", "md5").hex(), hmac.compare_digest("abc", "abc"), hmac.compare_digest(b"a", b"b"))
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 100).hex())
try:
    hashlib.sha256("text")
except TypeError as e:
    print(e)
try:
    hashlib.new("nope")
except ValueError as e:
    print(e)
