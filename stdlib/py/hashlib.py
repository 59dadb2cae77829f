# hashlib for Krait: md5, sha1, sha224, sha256, sha384, sha512 (native, _hashlib), new(),
# pbkdf2_hmac and file_digest, with CPython's names and errors.
import _hashlib

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'new',
           'algorithms_guaranteed', 'algorithms_available', 'pbkdf2_hmac', 'file_digest')

algorithms_guaranteed = {'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'}
algorithms_available = set(algorithms_guaranteed)

new = _hashlib.new


def _constructor(name):
    def constructor(string=b'', *, usedforsecurity=True):
        return _hashlib.new(name, string)
    constructor.__name__ = 'openssl_' + name
    constructor.__qualname__ = 'openssl_' + name
    return constructor


md5 = _constructor('md5')
sha1 = _constructor('sha1')
sha224 = _constructor('sha224')
sha256 = _constructor('sha256')
sha384 = _constructor('sha384')
sha512 = _constructor('sha512')


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    import hmac
    if iterations < 1:
        raise ValueError("iteration value must be greater than 0.")
    h = new(hash_name)
    if dklen is None:
        dklen = h.digest_size
    if dklen < 1:
        raise ValueError("key length must be greater than 0.")
    blocks = []
    length = 0
    i = 1
    while length < dklen:
        u = hmac.new(password, salt + i.to_bytes(4, 'big'), hash_name).digest()
        acc = int.from_bytes(u, 'big')
        for _ in range(iterations - 1):
            u = hmac.new(password, u, hash_name).digest()
            acc ^= int.from_bytes(u, 'big')
        block = acc.to_bytes(h.digest_size, 'big')
        blocks.append(block)
        length += len(block)
        i += 1
    return b''.join(blocks)[:dklen]


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    if isinstance(digest, str):
        digestobj = new(digest)
    else:
        digestobj = digest()
    while True:
        data = fileobj.read(_bufsize)
        if not data:
            break
        digestobj.update(data)
    return digestobj
