# struct for Krait: pack/unpack/calcsize/iter_unpack and Struct with CPython's formats, byte
# orders, native alignment and error messages (written in Python: ints through int.to_bytes,
# floats through their exact IEEE 754 bit patterns).
import math as _math

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack', 'Struct',
           'error']


class error(Exception):
    pass


error.__module__ = 'struct'

# (standard size, native size, native alignment)
_SIZES = {'x': (1, 1, 1), 'c': (1, 1, 1), 'b': (1, 1, 1), 'B': (1, 1, 1), '?': (1, 1, 1),
          'h': (2, 2, 2), 'H': (2, 2, 2), 'i': (4, 4, 4), 'I': (4, 4, 4), 'l': (4, 8, 8),
          'L': (4, 8, 8), 'q': (8, 8, 8), 'Q': (8, 8, 8), 'n': (None, 8, 8), 'N': (None, 8, 8),
          'e': (2, 2, 2), 'f': (4, 4, 4), 'd': (8, 8, 8), 's': (1, 1, 1), 'p': (1, 1, 1),
          'P': (None, 8, 8)}


def _parse(fmt):
    if isinstance(fmt, bytes):
        fmt = fmt.decode('ascii')
    if not isinstance(fmt, str):
        raise TypeError("Struct() argument 1 must be a str or bytes object, not %s"
                        % type(fmt).__name__)
    order = '@'
    i = 0
    if fmt and fmt[0] in '@=<>!':
        order = fmt[0]
        i = 1
    native = order == '@'
    little = order in '<' or (order in '@=')  # this machine is little-endian
    items = []  # (char, count, offset, size)
    offset = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c.isspace():
            i += 1
            continue
        count = None
        if c.isdigit():
            j = i
            while j < n and fmt[j].isdigit():
                j += 1
            count = int(fmt[i:j])
            i = j
            if i >= n:
                raise error("repeat count given without format specifier")
            c = fmt[i]
        if c not in _SIZES:
            raise error("bad char in struct format")
        std, nat, align = _SIZES[c]
        if not native and std is None:
            raise error("bad char in struct format")
        size = nat if native else std
        if native and c not in 'sp':
            offset = (offset + align - 1) // align * align
        if c in 'sp':
            length = 1 if count is None else count
            items.append((c, length, offset, length))
            offset += length
        else:
            for _ in range(1 if count is None else count):
                items.append((c, 1, offset, size))
                offset += size
        i += 1
    return items, offset, little


def _float_bits(x, exp_bits, mant_bits):
    # The IEEE 754 pattern of x rounded (half to even) to a binary format of these widths.
    bias = (1 << (exp_bits - 1)) - 1
    sign = 1 if _math.copysign(1.0, x) < 0 else 0
    if x != x:
        return (sign << (exp_bits + mant_bits)) | (((1 << exp_bits) - 1) << mant_bits) | \
            (1 << (mant_bits - 1))
    x = abs(x)
    if x == _math.inf:
        return (sign << (exp_bits + mant_bits)) | (((1 << exp_bits) - 1) << mant_bits)
    if x == 0:
        return sign << (exp_bits + mant_bits)
    num, den = x.as_integer_ratio()
    e = num.bit_length() - den.bit_length()
    if (num << max(0, -e)) < (den << max(0, e)):
        e -= 1
    # x = m * 2**e with 1 <= m < 2
    if e < 1 - bias:
        e = 1 - bias
        shift = mant_bits - e
        subnormal = True
    else:
        shift = mant_bits - e
        subnormal = False
    if shift >= 0:
        q, r = divmod(num << shift, den)
    else:
        q, r = divmod(num, den << -shift)
    if 2 * r > den or (2 * r == den and q & 1):
        q += 1
    if subnormal:
        if q >> mant_bits:
            return (sign << (exp_bits + mant_bits)) | (1 << mant_bits) | (q & ((1 << mant_bits) - 1))
        return (sign << (exp_bits + mant_bits)) | q
    if q >> (mant_bits + 1):
        q >>= 1
        e += 1
    biased = e + bias
    if biased >= (1 << exp_bits) - 1:
        raise OverflowError("float too large to pack with %s format" %
                            {5: 'e', 8: 'f', 11: 'd'}[exp_bits])
    return (sign << (exp_bits + mant_bits)) | (biased << mant_bits) | (q & ((1 << mant_bits) - 1))


def _bits_float(bits, exp_bits, mant_bits):
    bias = (1 << (exp_bits - 1)) - 1
    sign = -1.0 if bits >> (exp_bits + mant_bits) else 1.0
    e = (bits >> mant_bits) & ((1 << exp_bits) - 1)
    m = bits & ((1 << mant_bits) - 1)
    if e == (1 << exp_bits) - 1:
        return sign * _math.inf if m == 0 else _math.nan
    if e == 0:
        return sign * _math.ldexp(m, 1 - bias - mant_bits)
    return sign * _math.ldexp(m | (1 << mant_bits), e - bias - mant_bits)


_FLOAT_FORMATS = {'e': (5, 10), 'f': (8, 23), 'd': (11, 52)}
_INT_NAMES = {'b': 'byte', 'B': 'ubyte', 'h': 'short', 'H': 'ushort', 'i': "'i'", 'I': "'I'",
              'l': "'l'", 'L': "'L'", 'q': "'q'", 'Q': "'Q'", 'n': "'n'", 'N': "'N'"}


def _index(v):
    if isinstance(v, int):
        return v
    if hasattr(type(v), '__index__'):
        return type(v).__index__(v)
    raise error("required argument is not an integer")


def _pack_item(c, size, v, little, native):
    order = 'little' if little else 'big'
    if c in 'bBhHiIlLqQnNP':
        v = _index(v)
        signed = c in 'bhilqn'
        lo = -(1 << (8 * size - 1)) if signed else 0
        hi = (1 << (8 * size - 1)) - 1 if signed else (1 << (8 * size)) - 1
        if not lo <= v <= hi:
            if c in 'qQnN' or (not native and c in 'lL') and False:
                raise error("argument out of range")
            name = _INT_NAMES.get(c, repr(c))
            if c in 'bBhH':
                raise error("%s format requires %d <= number <= %d" % (name, lo, hi))
            if c in 'qQ' or (c in 'lL' and native) or c in 'nN':
                raise error("argument out of range")
            raise error("%s format requires %d <= number <= %d" % (name, lo, hi))
        return v.to_bytes(size, order, signed=signed)
    if c == '?':
        return b'\x01' if v else b'\x00'
    if c == 'c':
        if not isinstance(v, (bytes, bytearray)) or len(v) != 1:
            raise error("char format requires a bytes object of length 1")
        return bytes(v)
    if c in _FLOAT_FORMATS:
        if not isinstance(v, (int, float)):
            try:
                v = float(v)
            except (TypeError, ValueError):
                raise error("required argument is not a float") from None
        eb, mb = _FLOAT_FORMATS[c]
        return _float_bits(float(v), eb, mb).to_bytes(size, order)
    raise error("bad char in struct format")


class Struct:
    def __init__(self, format):
        self._items, self.size, self._little = _parse(format)
        self.format = format.decode('ascii') if isinstance(format, bytes) else format
        self._native = not self.format or self.format[0] not in '=<>!'

    def __repr__(self):
        return '<_struct.Struct object at 0x%x>' % id(self)

    def _count(self):
        return sum(1 for c, count, off, size in self._items if c != 'x')

    def pack(self, *args):
        if len(args) != self._count():
            raise error("pack expected %d items for packing (got %d)" % (self._count(), len(args)))
        out = bytearray(self.size)
        it = iter(args)
        for c, count, off, size in self._items:
            if c == 'x':
                continue
            v = next(it)
            if c in 'sp':
                if not isinstance(v, (bytes, bytearray)):
                    raise error("argument for '%s' must be a bytes object" % c)
                if c == 's':
                    data = bytes(v[:count])
                    out[off:off + len(data)] = data
                else:
                    n = min(len(v), count - 1, 255) if count else 0
                    if count:
                        out[off] = n
                        out[off + 1:off + 1 + n] = v[:n]
                continue
            out[off:off + size] = _pack_item(c, size, v, self._little, self._native)
        return bytes(out)

    def pack_into(self, buffer, offset, *args):
        data = self.pack(*args)
        if offset < 0:
            offset += len(buffer)
        buffer[offset:offset + len(data)] = data

    def unpack(self, buffer):
        buffer = bytes(buffer)
        if len(buffer) != self.size:
            raise error("unpack requires a buffer of %d bytes" % self.size)
        return self._unpack(buffer, 0)

    def unpack_from(self, buffer, offset=0):
        buffer = bytes(buffer)
        if offset < 0:
            offset += len(buffer)
        if len(buffer) - offset < self.size:
            raise error("unpack_from requires a buffer of at least %d bytes for unpacking %d "
                        "bytes at offset %d (actual buffer size is %d)"
                        % (self.size + offset, self.size, offset, len(buffer)))
        return self._unpack(buffer, offset)

    def _unpack(self, buffer, base):
        order = 'little' if self._little else 'big'
        out = []
        for c, count, off, size in self._items:
            chunk = buffer[base + off:base + off + size]
            if c == 'x':
                continue
            if c == 's':
                out.append(chunk)
            elif c == 'p':
                n = min(chunk[0], count - 1) if count else 0
                out.append(chunk[1:1 + n])
            elif c == 'c':
                out.append(chunk)
            elif c == '?':
                out.append(chunk != b'\x00')
            elif c in _FLOAT_FORMATS:
                eb, mb = _FLOAT_FORMATS[c]
                out.append(_bits_float(int.from_bytes(chunk, order), eb, mb))
            else:
                out.append(int.from_bytes(chunk, order, signed=c in 'bhilqn'))
        return tuple(out)

    def iter_unpack(self, buffer):
        buffer = bytes(buffer)
        if self.size == 0:
            raise error("cannot iteratively unpack with a struct of length 0")
        if len(buffer) % self.size:
            raise error("iterative unpacking requires a buffer of a multiple of %d bytes"
                        % self.size)
        return (self._unpack(buffer, i) for i in range(0, len(buffer), self.size))


_cache = {}


def _struct(fmt):
    s = _cache.get(fmt)
    if s is None:
        s = _cache[fmt] = Struct(fmt)
    return s


def calcsize(fmt):
    return _struct(fmt).size


def pack(fmt, *args):
    return _struct(fmt).pack(*args)


def pack_into(fmt, buffer, offset, *args):
    return _struct(fmt).pack_into(buffer, offset, *args)


def unpack(fmt, buffer):
    return _struct(fmt).unpack(buffer)


def unpack_from(fmt, buffer, offset=0):
    return _struct(fmt).unpack_from(buffer, offset)


def iter_unpack(fmt, buffer):
    return _struct(fmt).iter_unpack(buffer)
