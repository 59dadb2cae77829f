# binascii for Krait: hex and base64 conversions between binary and ASCII, with CPython's
# errors (binascii.Error is a ValueError).

__all__ = ['Error', 'Incomplete', 'hexlify', 'unhexlify', 'b2a_hex', 'a2b_hex', 'b2a_base64',
           'a2b_base64', 'crc32']


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


Error.__module__ = Incomplete.__module__ = 'binascii'

_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_REV = {c: i for i, c in enumerate(_B64)}


def _bytes_arg(data, name='argument'):
    if isinstance(data, str):
        if not data.isascii():
            raise ValueError('string argument should contain only ASCII characters')
        return data.encode('ascii')
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def hexlify(data, sep=None, bytes_per_sep=1):
    data = _bytes_arg(data)
    h = data.hex() if sep is None else data.hex(sep, bytes_per_sep)
    return h.encode('ascii')


b2a_hex = hexlify


def unhexlify(hexstr):
    hexstr = _bytes_arg(hexstr)
    if len(hexstr) % 2:
        raise Error('Odd-length string')
    try:
        return bytes.fromhex(hexstr.decode('ascii'))
    except ValueError:
        raise Error('Non-hexadecimal digit found') from None


a2b_hex = unhexlify


def b2a_base64(data, *, newline=True):
    data = _bytes_arg(data)
    out = bytearray()
    for i in range(0, len(data) - len(data) % 3, 3):
        n = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63], _B64[(n >> 6) & 63], _B64[n & 63]))
    rest = len(data) % 3
    if rest == 1:
        n = data[-1] << 16
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63])) + b'=='
    elif rest == 2:
        n = (data[-2] << 16) | (data[-1] << 8)
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63], _B64[(n >> 6) & 63])) + b'='
    if newline:
        out += b'\n'
    return bytes(out)


def a2b_base64(data, *, strict_mode=False):
    data = _bytes_arg(data)
    out = bytearray()
    acc = 0
    bits = 0
    quad_pos = 0
    pads = 0
    for i, c in enumerate(data):
        if c == ord('='):
            if quad_pos >= 2 and quad_pos + pads + 1 >= 4:
                # Enough padding: the quad is complete.
                pads += 1
                if quad_pos + pads == 4:
                    quad_pos = 0
                    pads = 0
                    acc = 0
                    bits = 0
                continue
            pads += 1
            continue
        v = _B64_REV.get(c)
        if v is None:
            if strict_mode:
                raise Error('Only base64 data is allowed')
            continue
        if pads:
            if strict_mode:
                raise Error('Discontinuous padding not allowed')
            pads = 0
        acc = (acc << 6) | v
        bits += 6
        quad_pos = (quad_pos + 1) % 4
        if bits >= 8:
            bits -= 8
            out.append((acc >> bits) & 0xFF)
            acc &= (1 << bits) - 1
    if quad_pos != 0:
        if quad_pos == 1:
            raise Error('Invalid base64-encoded string: number of data characters (%d) cannot '
                        'be 1 more than a multiple of 4' %
                        sum(1 for c in data if c in _B64_REV))
        if quad_pos + pads < 4:
            raise Error('Incorrect padding')
    return bytes(out)


def crc32(data, value=0):
    data = _bytes_arg(data)
    crc = value ^ 0xFFFFFFFF
    for b in data:
        crc ^= b
        for _ in range(8):
            crc = (crc >> 1) ^ (0xEDB88320 & -(crc & 1))
    return crc ^ 0xFFFFFFFF
