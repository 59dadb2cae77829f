# decimal for Krait: decimal fixed and floating point arithmetic after the General Decimal
# Arithmetic Specification, with the observable behaviour of CPython 3.11's C `_decimal`
# (libmpdec): its exception arguments, context repr, signal dicts and format specs.
#
# A finite Decimal is (sign, coefficient, exponent) with an int coefficient; specials keep
# the exponent 'F' (Infinity), 'n' (NaN) or 'N' (sNaN) and a NaN's payload as coefficient.
# Operations collect their conditions in a bit set and signal them once at the end, as the
# C module does: every flag is set first, then the trapped ones are raised together.
import math
import numbers
import sys
from collections import namedtuple as _namedtuple
from contextvars import ContextVar as _ContextVar

__all__ = [
    'Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext', 'ExtendedContext',
    'DecimalException', 'Clamped', 'InvalidOperation', 'DivisionByZero', 'Inexact', 'Rounded',
    'Subnormal', 'Overflow', 'Underflow', 'FloatOperation', 'DivisionImpossible',
    'InvalidContext', 'ConversionSyntax', 'DivisionUndefined',
    'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING', 'ROUND_FLOOR',
    'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP',
    'setcontext', 'getcontext', 'localcontext',
    'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY', 'HAVE_THREADS', 'HAVE_CONTEXTVAR',
]

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP,
              ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)


# --- signals ---

class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


# Status bits: the nine signals (in the order of the C module's signal dicts), then the
# conditions that are reported as InvalidOperation.
_IO, _FLT, _DBZ, _OVF, _UNF, _SUB, _INX, _RND, _CLP = (1 << i for i in range(9))
_CSYN, _DIMP, _DUND, _ICTX = (1 << i for i in range(9, 13))
_IO_ALL = _IO | _CSYN | _DIMP | _DUND | _ICTX
_SIGNALS = (InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow,
            Subnormal, Inexact, Rounded, Clamped)
_SIGNAL_BIT = {s: 1 << i for i, s in enumerate(_SIGNALS)}
_CONDITIONS = ((_IO, InvalidOperation), (_CSYN, ConversionSyntax), (_DIMP, DivisionImpossible),
               (_DUND, DivisionUndefined), (_ICTX, InvalidContext))
# The order in which a context's repr lists its flags and traps.
_REPR_ORDER = (Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation, Overflow,
               Rounded, Subnormal, Underflow)
_SIGNALS_MSG = ('valid values for signals are:\n'
                '  [InvalidOperation, FloatOperation, DivisionByZero,\n'
                '   Overflow, Underflow, Subnormal, Inexact, Rounded,\n'
                '   Clamped]')


# --- the current context ---

_current = _ContextVar('decimal_context')


def getcontext():
    try:
        return _current.get()
    except LookupError:
        ctx = DefaultContext.copy()
        ctx._flags = 0
        _current.set(ctx)
        return ctx


def setcontext(context):
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context._flags = 0
    _current.set(context)


_LOCAL_KEYS = ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps')


def localcontext(ctx=None, **kwargs):
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError('optional argument must be a context')
    new = ctx.copy()
    for k, v in kwargs.items():
        if k not in _LOCAL_KEYS:
            raise TypeError(f"'{k}' is an invalid keyword argument for this function")
        setattr(new, k, v)
    return _ContextManager(new)


class _ContextManager:
    def __init__(self, new_context):
        self.new_context = new_context

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, *args):
        setcontext(self.saved_context)


# --- helpers on coefficients ---

def _nd(c):
    return len(str(c))


def _round_int(c, k, sign, rounding):
    """c / 10**k rounded to an integer by `rounding`; returns (quotient, inexact)."""
    if k <= 0:
        return c * 10 ** -k, False
    q, r = divmod(c, 10 ** k)
    if not r:
        return q, False
    if rounding == ROUND_HALF_EVEN:
        half = 5 * 10 ** (k - 1)
        up = r > half or (r == half and q & 1)
    elif rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_HALF_UP:
        up = r >= 5 * 10 ** (k - 1)
    elif rounding == ROUND_HALF_DOWN:
        up = r > 5 * 10 ** (k - 1)
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = not sign
    elif rounding == ROUND_FLOOR:
        up = bool(sign)
    else:  # ROUND_05UP
        up = q % 5 == 0
    return q + up, True


def _dec(sign, coeff, exp, special=False):
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = coeff
    d._exp = exp
    d._is_special = special
    return d


def _nan(payload=0, sign=0):
    return _dec(sign, payload, 'n', True)




def _fix(sign, c, e, ctx):
    """Round the finite (sign, c, e) to ctx; collects conditions in ctx._st."""
    prec = ctx.prec
    etiny = ctx.Emin - prec + 1
    etop = ctx.Emax - prec + 1
    if not c:
        emax = etop if ctx.clamp else ctx.Emax
        ne = min(max(e, etiny), emax)
        if ne != e:
            ctx._st |= _CLP
        return _dec(sign, 0, ne)
    n = _nd(c)
    emin = n + e - prec
    if emin > etop:
        return _overflow(sign, ctx)
    subnormal = emin < etiny
    if subnormal:
        emin = etiny
    if e < emin:
        digits = n + e - emin
        if digits < 0:
            c, e = 1, emin - 1
        q, inexact = _round_int(c, emin - e, sign, ctx.rounding)
        if q and _nd(q) > prec:
            q //= 10
            emin += 1
        if emin > etop:
            return _overflow(sign, ctx)
        st = _RND
        if inexact:
            st |= _INX
            if subnormal:
                st |= _UNF
        if subnormal:
            st |= _SUB
        if not q:
            st |= _CLP
        ctx._st |= st
        return _dec(sign, q, emin)
    if subnormal:
        ctx._st |= _SUB
    if ctx.clamp and e > etop:
        ctx._st |= _CLP
        return _dec(sign, c * 10 ** (e - etop), etop)
    return _dec(sign, c, e)


def _overflow(sign, ctx):
    ctx._st |= _OVF | _INX | _RND
    r = ctx.rounding
    if r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP) or \
            (r == ROUND_CEILING and not sign) or (r == ROUND_FLOOR and sign):
        return _INF[sign]
    return _dec(sign, 10 ** ctx.prec - 1, ctx.Emax - ctx.prec + 1)


def _fixd(d, ctx):
    if d._is_special:
        if d._exp == 'F':
            return d
        return _fix_nan(d, ctx)
    return _fix(d._sign, d._int, d._exp, ctx)


def _fix_nan(d, ctx):
    if d._int and _nd(d._int) > ctx.prec - ctx.clamp:
        return _dec(d._sign, 0, d._exp, True)
    return d


def _check_nans(ctx, a, b=None):
    """The NaN result of an operation with a NaN operand, or None."""
    for x in (a, b):
        if x is not None and x._exp == 'N':
            ctx._st |= _IO
            return _fix_nan(_dec(x._sign, x._int, 'n', True), ctx)
    for x in (a, b):
        if x is not None and x._exp == 'n':
            return _fix_nan(x, ctx)
    return None


def _invalid(ctx, cond=_IO):
    ctx._st |= cond
    return _NAN


def _rescale(d, exp, rounding, ctx=None):
    """d (finite) with exponent exp, rounding if digits are dropped."""
    if not d._int:
        return _dec(d._sign, 0, exp)
    if d._exp >= exp:
        return _dec(d._sign, d._int * 10 ** (d._exp - exp), exp)
    c, e = d._int, d._exp
    if _nd(c) + e - exp < 0:
        c, e = 1, exp - 1
    q, inexact = _round_int(c, exp - e, d._sign, rounding)
    if ctx is not None:
        ctx._st |= _RND | (_INX if inexact else 0)
    return _dec(d._sign, q, exp)


def _round_sig(d, places, rounding):
    """d rounded to `places` significant digits (used by __format__)."""
    if d._is_special or not d._int:
        return d
    ans = _rescale(d, d.adjusted() + 1 - places, rounding)
    if ans.adjusted() != d.adjusted():
        ans = _rescale(ans, ans.adjusted() + 1 - places, rounding)
    return ans


# --- conversions ---

def _parse(s, ctx=None):
    """(sign, coeff, exp, special) from a numeric string, or None.  Decimal() strips
    whitespace and drops underscores; Context.create_decimal (ctx given) takes neither and,
    like libmpdec, rejects a NaN payload longer than prec - clamp digits."""
    if ctx is None:
        s = s.strip().replace('_', '')
    elif '_' in s:
        return None
    if not s.isascii():
        s = ''.join(str(int(ch)) if ch.isdecimal() else ch for ch in s)
        if not s.isascii():   # isdigit() below would take '²' and the like
            return None
    sign = 0
    if s[:1] in ('+', '-'):
        sign = int(s[0] == '-')
        s = s[1:]
    low = s.lower()
    if low in ('inf', 'infinity'):
        return sign, 0, 'F', True
    for tag, code in (('snan', 'N'), ('nan', 'n')):
        if low.startswith(tag):
            rest = s[len(tag):]
            if rest and not rest.isdigit():
                return None
            payload = int(rest or '0')
            if ctx is not None and payload and _nd(payload) > ctx.prec - ctx.clamp:
                return None
            return sign, payload, code, True
    exp = 0
    epos = max(low.find('e'), -1)
    if epos >= 0:
        es = s[epos + 1:]
        body = es[1:] if es[:1] in ('+', '-') else es
        if not body.isdigit():
            return None
        exp = int(es)
        s = s[:epos]
    ip, dot, fp = s.partition('.')
    if not ip and not fp:
        return None
    if (ip and not ip.isdigit()) or (fp and not fp.isdigit()):
        return None
    return sign, int(ip + fp), exp - len(fp), False


def _from_float(f):
    if f != f:
        return _dec(int(math.copysign(1.0, f) < 0), 0, 'n', True)
    sign = int(math.copysign(1.0, f) < 0)
    if f in (float('inf'), float('-inf')):
        return _INF[sign]
    n, d = abs(f).as_integer_ratio()
    k = d.bit_length() - 1
    return _dec(sign, n * 5 ** k, -k)


def _from_int(i):
    return _dec(int(i < 0), abs(i), 0)


def _conv(other, ctx=None, floats=False):
    """other as a Decimal for arithmetic, or NotImplemented."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _from_int(other)
    if floats and isinstance(other, float):
        ctx._st |= _FLT
        return _from_float(other)
    return NotImplemented


def _conv_strict(other):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _from_int(other)
    raise TypeError(f'conversion from {type(other).__name__} to Decimal is not supported')


def _getctx(context):
    if context is None:
        ctx = getcontext()
    elif isinstance(context, Context):
        ctx = context
    else:
        raise TypeError('optional argument must be a context')
    ctx._st = 0
    return ctx


def _signal(ctx, st):
    if not st:
        return
    flags = st & 0x1FF
    if st & _IO_ALL:
        flags |= _IO
    ctx._flags |= flags
    trapped = flags & ctx._traps
    if trapped:
        lst = []
        if trapped & _IO:
            lst = [cls for bit, cls in _CONDITIONS if st & bit]
        for i in range(1, 9):
            if trapped & (1 << i):
                lst.append(_SIGNALS[i])
        for i in range(9):
            if trapped & (1 << i):
                raise _SIGNALS[i](lst)


def _done(ctx, result):
    st = ctx._st
    if st:
        ctx._st = 0
        _signal(ctx, st)
    return result


DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')

_PyHASH_MODULUS = sys.hash_info.modulus
_PyHASH_INF = sys.hash_info.inf
_PyHASH_10INV = pow(10, _PyHASH_MODULUS - 2, _PyHASH_MODULUS)


# --- transcendental helpers: fixed point integers at scale 10**w ---

_ln_cache = [0, 0, 0]   # w, ln2, ln10


def _atanh_inv(n, w):
    """atanh(1/n) * 10**w."""
    one = 10 ** (w + 5)
    x = one // n
    n2 = n * n
    total = x
    k = 1
    while x:
        x //= n2
        k += 2
        total += x // k
    return total // 10 ** 5


def _atanh_fixed(z, w):
    """atanh(z / 10**w) * 10**w for |z| small."""
    s = 10 ** w
    total = z
    z2 = z * z // s
    t = z
    k = 1
    while t:
        t = t * z2 // s
        k += 2
        total += t // k
    return total


def _ln_consts(w):
    if _ln_cache[0] < w:
        ww = w + 20
        ln2 = 2 * _atanh_inv(3, ww)
        ln10 = 3 * ln2 + 2 * _atanh_inv(9, ww)
        _ln_cache[:] = [ww, ln2, ln10]
    d = 10 ** (_ln_cache[0] - w)
    return _ln_cache[1] // d, _ln_cache[2] // d


def _ln_fixed(c, e, w):
    """ln(c * 10**e) * 10**w, with an error of a few units."""
    nd = _nd(c)
    a = e + nd - 1
    g = w + 10 + len(str(abs(a)))
    s = 10 ** g
    shift = g - (nd - 1)
    m = c * 10 ** shift if shift >= 0 else c // 10 ** -shift
    j = 0
    while m >= s * 1414 // 1000:
        m >>= 1
        j += 1
    ln2, ln10 = _ln_consts(g)
    lnm = 2 * _atanh_fixed((m - s) * s // (m + s), g)
    return (lnm + j * ln2 + a * ln10) // 10 ** (g - w)


def _exp_fixed(x, w):
    """exp(x / 10**w) as (E, k, err): value E * 10**(k - w), error below err units of E."""
    _, ln10 = _ln_consts(w)
    k = x // ln10
    r = x - k * ln10
    s = 10 ** w
    total = s
    t = s
    n = 1
    while t:
        t = t * r // (s * n)
        total += t
        n += 1
    return total, k, 10 * (abs(k) + 3) + n


def _ziv(sign, approx, ctx):
    """Round a correctly rounded inexact result: approx(w) gives (value, exp, err) with the true
    value in (value - err, value + err) * 10**exp; refine until both ends round alike."""
    w = ctx.prec + 12
    save = ctx.rounding
    ctx.rounding = ROUND_HALF_EVEN
    try:
        while True:
            v, e, err = approx(w)
            if v > err:
                ctx._st = 0
                lo = _fix(sign, (v - err) * 10 + 1, e - 1, ctx)
                st = ctx._st
                ctx._st = 0
                hi = _fix(sign, (v + err) * 10 - 1, e - 1, ctx)
                if lo._int == hi._int and lo._exp == hi._exp:
                    st |= _INX | _RND
                    if st & _SUB:
                        st |= _UNF
                    ctx._st = st
                    return lo
            w += w // 2 + 10
    finally:
        ctx.rounding = save


def _ln_approx(d):
    def approx(w):
        v = _ln_fixed(d._int, d._exp, w)
        return abs(v), -w, 20
    return approx


# --- Decimal ---

class Decimal(object):
    __slots__ = ('_sign', '_int', '_exp', '_is_special')

    def __new__(cls, value='0', context=None):
        if context is not None and not isinstance(context, Context):
            raise TypeError('optional argument must be a context')
        if isinstance(value, str):
            r = _parse(value)
            if r is None:
                ctx = _getctx(context)
                ctx._st |= _CSYN
                d = _done(ctx, _NAN)
            else:
                d = _dec(*r)
        elif isinstance(value, Decimal):
            d = value
        elif isinstance(value, int):
            d = _from_int(value)
        elif isinstance(value, float):
            ctx = _getctx(context)
            ctx._st |= _FLT
            d = _done(ctx, _from_float(value))
        elif isinstance(value, (tuple, list)):
            d = _from_tuple(value)
        else:
            raise TypeError(f'conversion from {type(value).__name__} to Decimal is not supported')
        if cls is Decimal:
            return d
        self = object.__new__(cls)
        self._sign, self._int, self._exp, self._is_special = d._sign, d._int, d._exp, d._is_special
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            d = _from_int(f)
        elif isinstance(f, float):
            d = _from_float(f)
        else:
            raise TypeError('argument must be int or float')
        return d if cls is Decimal else cls(d)

    # -- string forms --

    def __str__(self, eng=False, context=None):
        capitals = (getcontext() if context is None else context).capitals
        return _to_str(self, eng, capitals)

    def to_eng_string(self, context=None):
        return self.__str__(True, context)

    def __repr__(self):
        return "Decimal('" + _to_str(self, False, getcontext().capitals) + "')"

    def __format__(self, spec, _localeconv=None):
        return _format(self, spec, getcontext())

    # -- inspection --

    def as_tuple(self):
        if self._exp == 'F':
            return DecimalTuple(self._sign, (0,), 'F')
        if self._is_special:
            digits = tuple(map(int, str(self._int))) if self._int else ()
        else:
            digits = tuple(map(int, str(self._int)))
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        if self._is_special:
            if self._exp == 'F':
                raise OverflowError('cannot convert Infinity to integer ratio')
            raise ValueError('cannot convert NaN to integer ratio')
        if not self._int:
            return 0, 1
        n, e = self._int, self._exp
        if e >= 0:
            n, d = n * 10 ** e, 1
        else:
            d = 10 ** -e
            g = math.gcd(n, d)
            n //= g
            d //= g
        return (-n if self._sign else n), d

    def adjusted(self):
        if self._is_special:
            return 0
        return self._exp + _nd(self._int) - 1

    def is_nan(self):
        return self._exp in ('n', 'N')

    def is_qnan(self):
        return self._exp == 'n'

    def is_snan(self):
        return self._exp == 'N'

    def is_infinite(self):
        return self._exp == 'F'

    def is_finite(self):
        return not self._is_special

    def is_signed(self):
        return self._sign == 1

    def is_zero(self):
        return not self._is_special and not self._int

    def is_canonical(self):
        return True

    def is_normal(self, context=None):
        if self._is_special or not self._int:
            return False
        ctx = getcontext() if context is None else context
        return ctx.Emin <= self.adjusted()

    def is_subnormal(self, context=None):
        if self._is_special or not self._int:
            return False
        ctx = getcontext() if context is None else context
        return self.adjusted() < ctx.Emin

    def number_class(self, context=None):
        if self._exp == 'N':
            return 'sNaN'
        if self._exp == 'n':
            return 'NaN'
        s = '-' if self._sign else '+'
        if self._exp == 'F':
            return s + 'Infinity'
        if not self._int:
            return s + 'Zero'
        if self.is_subnormal(context):
            return s + 'Subnormal'
        return s + 'Normal'

    def canonical(self):
        return self

    def radix(self):
        return Decimal(10)

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def __complex__(self):
        return complex(float(self))

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    # -- conversions to Python numbers --

    def __bool__(self):
        return self._is_special or self._int != 0

    def __float__(self):
        if self._is_special:
            if self._exp == 'N':
                raise ValueError('cannot convert signaling NaN to float')
            if self._exp == 'n':
                return float('-nan') if self._sign else float('nan')
            return float('-inf') if self._sign else float('inf')
        return float(_to_str(self, False, 1))

    def _to_int(self, rounding):
        if self._is_special:
            if self._exp == 'F':
                raise OverflowError('cannot convert Infinity to integer')
            raise ValueError('cannot convert NaN to integer')
        if self._exp >= 0:
            n = self._int * 10 ** self._exp
        else:
            n, _ = _round_int(self._int, -self._exp, self._sign, rounding)
        return -n if self._sign else n

    def __int__(self):
        return self._to_int(ROUND_DOWN)

    __trunc__ = __int__

    def __floor__(self):
        return self._to_int(ROUND_FLOOR)

    def __ceil__(self):
        return self._to_int(ROUND_CEILING)

    def __round__(self, n=None):
        if n is None:
            return self._to_int(ROUND_HALF_EVEN)
        if not isinstance(n, int):
            raise TypeError('optional arg must be an integer')
        return self.quantize(_dec(0, 1, -n))

    def __hash__(self):
        if self._is_special:
            if self._exp == 'N':
                raise TypeError('Cannot hash a signaling NaN value')
            if self._exp == 'n':
                return object.__hash__(self)
            return -_PyHASH_INF if self._sign else _PyHASH_INF
        if self._exp >= 0:
            eh = pow(10, self._exp, _PyHASH_MODULUS)
        else:
            eh = pow(_PyHASH_10INV, -self._exp, _PyHASH_MODULUS)
        h = self._int * eh % _PyHASH_MODULUS
        h = -h if self._sign else h
        return -2 if h == -1 else h

    # -- comparisons --

    def _cmp_other(self, other, ctx, eq):
        """other as something _cmp can take: a Decimal, a (Decimal, denominator) pair for
        a Rational, or NotImplemented."""
        if isinstance(other, (Decimal, int)):
            return _conv(other)
        if isinstance(other, float):
            ctx._st |= _FLT
            if not eq:
                pass
            return _from_float(other)
        if isinstance(other, complex) and eq:
            if other.imag != 0:
                return NotImplemented
            ctx._st |= _FLT
            return _from_float(other.real)
        if isinstance(other, numbers.Rational):
            return (_from_int(other.numerator), other.denominator)
        return NotImplemented

    def _compare(self, other, eq):
        ctx = getcontext()
        ctx._st = 0
        o = self._cmp_other(other, ctx, eq)
        if o is NotImplemented:
            return o, ctx
        a = self
        if isinstance(o, tuple):
            o, den = o
            if not a._is_special:
                a = _dec(a._sign, a._int * den, a._exp)
        return _cmp(a, o), ctx

    def _rich(self, other, test):
        r, ctx = self._compare(other, False)
        if r is NotImplemented:
            return r
        if r is None:   # an unordered comparison with a NaN
            ctx._st |= _IO
            _done(ctx, None)
            return False
        _done(ctx, None)
        return test(r)

    def __eq__(self, other):
        r, ctx = self._compare(other, True)
        if r is NotImplemented:
            return r
        if r is None:
            if self._exp == 'N' or (isinstance(other, Decimal) and other._exp == 'N'):
                ctx._st |= _IO
            st = ctx._st
            ctx._st = 0
            _signal_eq(ctx, st)
            return False
        st = ctx._st
        ctx._st = 0
        _signal_eq(ctx, st)
        return r == 0

    def __lt__(self, other):
        return self._rich(other, lambda r: r < 0)

    def __le__(self, other):
        return self._rich(other, lambda r: r <= 0)

    def __gt__(self, other):
        return self._rich(other, lambda r: r > 0)

    def __ge__(self, other):
        return self._rich(other, lambda r: r >= 0)

    # -- arithmetic --

    def __add__(self, other, context=None):
        ctx = _getctx(context)
        other = _conv(other)
        if other is NotImplemented:
            return other
        return _done(ctx, _add(self, other, ctx))

    def __radd__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return other.__add__(self, context)

    def __sub__(self, other, context=None):
        ctx = _getctx(context)
        other = _conv(other)
        if other is NotImplemented:
            return other
        return _done(ctx, _add(self, other, ctx, 1))

    def __rsub__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return other.__sub__(self, context)

    def __mul__(self, other, context=None):
        ctx = _getctx(context)
        other = _conv(other)
        if other is NotImplemented:
            return other
        return _done(ctx, _mul(self, other, ctx))

    def __rmul__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return other.__mul__(self, context)

    def __truediv__(self, other, context=None):
        ctx = _getctx(context)
        other = _conv(other)
        if other is NotImplemented:
            return other
        return _done(ctx, _div(self, other, ctx))

    def __rtruediv__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return other.__truediv__(self, context)

    def __floordiv__(self, other, context=None):
        ctx = _getctx(context)
        other = _conv(other)
        if other is NotImplemented:
            return other
        return _done(ctx, _divmod(self, other, ctx, 1))

    def __rfloordiv__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return other.__floordiv__(self, context)

    def __mod__(self, other, context=None):
        ctx = _getctx(context)
        other = _conv(other)
        if other is NotImplemented:
            return other
        return _done(ctx, _divmod(self, other, ctx, 2))

    def __rmod__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return other.__mod__(self, context)

    def __divmod__(self, other, context=None):
        ctx = _getctx(context)
        other = _conv(other)
        if other is NotImplemented:
            return other
        return _done(ctx, _divmod(self, other, ctx, 3))

    def __rdivmod__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return other.__divmod__(self, context)

    def __pow__(self, other, modulo=None, context=None):
        ctx = _getctx(context)
        other = _conv(other)
        if other is NotImplemented:
            return other
        if modulo is not None:
            modulo = _conv(modulo)
            if modulo is NotImplemented:
                return modulo
            return _done(ctx, _powmod(self, other, modulo, ctx))
        return _done(ctx, _pow(self, other, ctx))

    def __rpow__(self, other, modulo=None, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return other.__pow__(self, modulo, context)

    def __neg__(self, context=None):
        ctx = _getctx(context)
        if self._is_special:
            r = _check_nans(ctx, self)
            return _done(ctx, r if r is not None else _INF[1 - self._sign])
        if not self._int and ctx.rounding != ROUND_FLOOR:
            return _done(ctx, _fix(0, 0, self._exp, ctx))
        return _done(ctx, _fix(1 - self._sign, self._int, self._exp, ctx))

    def __pos__(self, context=None):
        ctx = _getctx(context)
        if self._is_special:
            r = _check_nans(ctx, self)
            return _done(ctx, r if r is not None else self)
        sign = self._sign
        if not self._int and ctx.rounding != ROUND_FLOOR:
            sign = 0
        return _done(ctx, _fix(sign, self._int, self._exp, ctx))

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        if self._sign and not self._is_special:
            return self.__neg__(context)
        if self._sign and self._exp == 'F':
            return _INF[0]
        return self.__pos__(context)

    # -- named operations --

    def sqrt(self, context=None):
        ctx = _getctx(context)
        return _done(ctx, _sqrt(self, ctx))

    def exp(self, context=None):
        ctx = _getctx(context)
        return _done(ctx, _exp(self, ctx))

    def ln(self, context=None):
        ctx = _getctx(context)
        return _done(ctx, _ln(self, ctx, False))

    def log10(self, context=None):
        ctx = _getctx(context)
        return _done(ctx, _ln(self, ctx, True))

    def logb(self, context=None):
        ctx = _getctx(context)
        r = _check_nans(ctx, self)
        if r is None:
            if self._exp == 'F':
                r = _INF[0]
            elif not self._int:
                ctx._st |= _DBZ
                r = _INF[1]
            else:
                r = _fixd(_from_int(self.adjusted()), ctx)
        return _done(ctx, r)

    def quantize(self, exp, rounding=None, context=None):
        ctx = _getctx(context)
        exp = _conv_strict(exp)
        if rounding is not None and rounding not in _ROUNDINGS:
            raise TypeError(_ROUNDING_MSG)
        return _done(ctx, _quantize(self, exp, rounding or ctx.rounding, ctx))

    def same_quantum(self, other, context=None):
        other = _conv_strict(other)
        if self._is_special or other._is_special:
            return (self.is_nan() and other.is_nan()) or \
                (self.is_infinite() and other.is_infinite())
        return self._exp == other._exp

    def to_integral_value(self, rounding=None, context=None):
        ctx = _getctx(context)
        return _done(ctx, _to_integral(self, rounding or ctx.rounding, ctx, False))

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        ctx = _getctx(context)
        return _done(ctx, _to_integral(self, rounding or ctx.rounding, ctx, True))

    def normalize(self, context=None):
        ctx = _getctx(context)
        r = _check_nans(ctx, self)
        if r is None:
            r = _fixd(self, ctx)
            if not r._is_special:
                if not r._int:
                    r = _dec(r._sign, 0, 0)
                else:
                    c, e = r._int, r._exp
                    emax = ctx.Emax - ctx.prec + 1 if ctx.clamp else ctx.Emax
                    while c % 10 == 0 and e < emax:
                        c //= 10
                        e += 1
                    r = _dec(r._sign, c, e)
        return _done(ctx, r)

    reduce = normalize

    def compare(self, other, context=None):
        ctx = _getctx(context)
        other = _conv_strict(other)
        r = _check_nans(ctx, self, other)
        if r is None:
            r = _from_int(_cmp(self, other))
        return _done(ctx, r)

    def compare_signal(self, other, context=None):
        ctx = _getctx(context)
        other = _conv_strict(other)
        r = _check_nans(ctx, self, other)
        if r is not None:
            ctx._st |= _IO
        else:
            r = _from_int(_cmp(self, other))
        return _done(ctx, r)

    def compare_total(self, other, context=None):
        other = _conv_strict(other)
        return _from_int(_cmp_total(self, other))

    def compare_total_mag(self, other, context=None):
        other = _conv_strict(other)
        return _from_int(_cmp_total(self.copy_abs(), other.copy_abs()))

    def copy_abs(self):
        return _dec(0, self._int, self._exp, self._is_special)

    def copy_negate(self):
        return _dec(1 - self._sign, self._int, self._exp, self._is_special)

    def copy_sign(self, other, context=None):
        other = _conv_strict(other)
        return _dec(other._sign, self._int, self._exp, self._is_special)

    def max(self, other, context=None):
        return self._minmax(other, context, 1, False)

    def min(self, other, context=None):
        return self._minmax(other, context, -1, False)

    def max_mag(self, other, context=None):
        return self._minmax(other, context, 1, True)

    def min_mag(self, other, context=None):
        return self._minmax(other, context, -1, True)

    def _minmax(self, other, context, want, mag):
        ctx = _getctx(context)
        other = _conv_strict(other)
        sn, on = self.is_nan(), other.is_nan()
        if sn or on:
            if self._exp == 'N' or other._exp == 'N' or (sn and on):
                return _done(ctx, _check_nans(ctx, self, other))
            return _done(ctx, _fixd(other if sn else self, ctx))
        c = _cmp(self.copy_abs(), other.copy_abs()) if mag else 0
        if c == 0:
            c = _cmp(self, other)
        if c == 0:
            c = _cmp_total(self, other)
        r = self if c == want else other
        return _done(ctx, _fixd(r, ctx))

    def fma(self, other, third, context=None):
        ctx = _getctx(context)
        other = _conv_strict(other)
        third = _conv_strict(third)
        if self._is_special or other._is_special:
            r = _check_nans(ctx, self, other)
            if r is None:
                if (self._exp == 'F' and not other._is_special and not other._int) or \
                        (other._exp == 'F' and not self._is_special and not self._int):
                    r = _invalid(ctx)
                else:
                    r = _INF[self._sign ^ other._sign]
            if r._exp == 'F' or third.is_nan():
                r2 = _check_nans(ctx, third) if third.is_nan() else None
                if r2 is not None and not r.is_nan():
                    return _done(ctx, r2)
                if r.is_nan():
                    return _done(ctx, r)
            else:
                return _done(ctx, r)
            return _done(ctx, _add(r, third, ctx))
        prod = _dec(self._sign ^ other._sign, self._int * other._int, self._exp + other._exp)
        return _done(ctx, _add(prod, third, ctx))

    def remainder_near(self, other, context=None):
        ctx = _getctx(context)
        other = _conv_strict(other)
        return _done(ctx, _remainder_near(self, other, ctx))

    def scaleb(self, other, context=None):
        ctx = _getctx(context)
        other = _conv_strict(other)
        r = _check_nans(ctx, self, other)
        if r is None:
            if other._is_special or other._exp != 0:
                r = _invalid(ctx)
            else:
                n = -other._int if other._sign else other._int
                lim = 2 * (ctx.Emax + ctx.prec)
                if not -lim <= n <= lim:
                    r = _invalid(ctx)
                elif self._exp == 'F':
                    r = self
                else:
                    r = _fix(self._sign, self._int, self._exp + n, ctx)
        return _done(ctx, r)

    def next_plus(self, context=None):
        ctx = _getctx(context)
        return _done(ctx, _next(self, ctx, 1))

    def next_minus(self, context=None):
        ctx = _getctx(context)
        return _done(ctx, _next(self, ctx, -1))

    def next_toward(self, other, context=None):
        ctx = _getctx(context)
        other = _conv_strict(other)
        r = _check_nans(ctx, self, other)
        if r is None:
            c = _cmp(self, other)
            if c == 0:
                r = self.copy_sign(other)
            else:
                r = _next(self, ctx, -c)
                if r._exp == 'F':
                    ctx._st |= _OVF | _INX | _RND
                elif not r._is_special and r.adjusted() < ctx.Emin:
                    ctx._st |= _UNF | _SUB | _INX | _RND
                    if not r._int:
                        ctx._st |= _CLP
        return _done(ctx, r)

    # -- logical and digit-wise operations --

    def _logical_digits(self, ctx):
        if self._is_special or self._sign or self._exp != 0:
            return None
        s = str(self._int)
        if s.strip('01') or len(s) > ctx.prec:
            return None
        return s

    def _logical(self, other, context, op):
        ctx = _getctx(context)
        other = _conv_strict(other)
        a, b = self._logical_digits(ctx), other._logical_digits(ctx)
        if a is None or b is None:
            return _done(ctx, _invalid(ctx))
        n = ctx.prec
        a, b = a.rjust(n, '0'), b.rjust(n, '0')
        s = ''.join(str(op(int(x), int(y))) for x, y in zip(a, b))
        return _done(ctx, _dec(0, int(s), 0))

    def logical_and(self, other, context=None):
        return self._logical(other, context, lambda x, y: x & y)

    def logical_or(self, other, context=None):
        return self._logical(other, context, lambda x, y: x | y)

    def logical_xor(self, other, context=None):
        return self._logical(other, context, lambda x, y: x ^ y)

    def logical_invert(self, context=None):
        ctx = getcontext() if context is None else context
        return self._logical(_dec(0, int('1' * ctx.prec), 0), context, lambda x, y: x ^ y)

    def _shift_digits(self, other, context, rotate):
        ctx = _getctx(context)
        other = _conv_strict(other)
        r = _check_nans(ctx, self, other)
        if r is not None:
            return _done(ctx, r)
        if other._exp != 0 or other._is_special:
            return _done(ctx, _invalid(ctx))
        n = -other._int if other._sign else other._int
        p = ctx.prec
        if not -p <= n <= p:
            return _done(ctx, _invalid(ctx))
        if self._exp == 'F':
            return _done(ctx, self)
        s = str(self._int)[-p:].rjust(p, '0')
        if rotate:
            n %= p
            s = s[n:] + s[:n]
        elif n > 0:
            s = (s + '0' * n)[-p:]
        elif n < 0:
            s = ('0' * -n + s)[:p]
        return _done(ctx, _dec(self._sign, int(s), self._exp))

    def rotate(self, other, context=None):
        return self._shift_digits(other, context, True)

    def shift(self, other, context=None):
        return self._shift_digits(other, context, False)


_NAN = _dec(0, 0, 'n', True)
_INF = (_dec(0, 0, 'F', True), _dec(1, 0, 'F', True))


def _signal_eq(ctx, st):
    # Equality never raises FloatOperation (it only sets the flag), as in the C module.
    if st & _FLT:
        ctx._flags |= _FLT
        st &= ~_FLT
    _signal(ctx, st)


_ROUNDING_MSG = ('valid values for rounding are:\n'
                 '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                 '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                 '   ROUND_05UP]')


def _from_tuple(t):
    if len(t) != 3:
        raise ValueError('argument must be a sequence of length 3')
    sign, digits, exp = t
    if sign not in (0, 1) or not isinstance(sign, int):
        raise ValueError('sign must be an integer with the value 0 or 1')
    if isinstance(exp, str):
        if exp not in ('F', 'n', 'N'):
            raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
    elif not isinstance(exp, int):
        raise ValueError('exponent must be an integer')
    if not isinstance(digits, (tuple, list)):
        raise ValueError('coefficient must be a tuple of digits')
    c = 0
    for dg in digits:
        if not isinstance(dg, int) or not 0 <= dg <= 9:
            raise ValueError('coefficient must be a tuple of digits')
        c = c * 10 + dg
    sign = int(sign)   # True/False are accepted but stored as 1/0
    if exp == 'F':
        return _INF[sign]
    if isinstance(exp, str):
        return _dec(sign, c, exp, True)
    return _dec(sign, c, exp)


def _to_str(d, eng, capitals):
    sign = '-' if d._sign else ''
    if d._is_special:
        if d._exp == 'F':
            return sign + 'Infinity'
        tag = 'NaN' if d._exp == 'n' else 'sNaN'
        return sign + tag + (str(d._int) if d._int else '')
    digits = str(d._int)
    left = d._exp + len(digits)
    if d._exp <= 0 and left > -6:
        dot = left
    elif not eng:
        dot = 1
    elif not d._int:
        dot = (left + 1) % 3 - 1
    else:
        dot = (left - 1) % 3 + 1
    if dot <= 0:
        ip, fp = '0', '.' + '0' * -dot + digits
    elif dot >= len(digits):
        ip, fp = digits + '0' * (dot - len(digits)), ''
    else:
        ip, fp = digits[:dot], '.' + digits[dot:]
    if left == dot:
        ex = ''
    else:
        ex = ('E' if capitals else 'e') + '%+d' % (left - dot)
    return sign + ip + fp + ex


# --- comparison ---

def _cmp(a, b):
    """-1, 0, 1 comparing a and b numerically, or None if either is a NaN."""
    if a._is_special or b._is_special:
        if a.is_nan() or b.is_nan():
            return None
        av = 0 if not a._is_special else (-2 if a._sign else 2)
        bv = 0 if not b._is_special else (-2 if b._sign else 2)
        if av or bv:
            if av == bv:
                return 0
            if av and bv:
                return -1 if av < bv else 1
            if av:
                return -1 if av < 0 else 1
            return 1 if bv < 0 else -1
    if not a._int:
        if not b._int:
            return 0
        return 1 if b._sign else -1
    if not b._int:
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    s = -1 if a._sign else 1
    aa, ba = a.adjusted(), b.adjusted()
    if aa != ba:
        return s if aa > ba else -s
    ca, cb = a._int, b._int
    if a._exp > b._exp:
        ca *= 10 ** (a._exp - b._exp)
    else:
        cb *= 10 ** (b._exp - a._exp)
    if ca == cb:
        return 0
    return s if ca > cb else -s


def _cmp_total(a, b):
    if a._sign != b._sign:
        return -1 if a._sign else 1
    s = -1 if a._sign else 1
    rank = {'N': 2, 'n': 3, 'F': 1}
    ra = rank.get(a._exp, 0) if a._is_special else 0
    rb = rank.get(b._exp, 0) if b._is_special else 0
    if ra != rb:
        return s if ra > rb else -s
    if ra >= 2:
        if a._int != b._int:
            return s if a._int > b._int else -s
        return 0
    if ra == 1:
        return 0
    c = _cmp(a, b)
    if c:
        return c
    if a._exp != b._exp:
        return s if a._exp > b._exp else -s
    return 0


# --- arithmetic kernels ---

def _add(a, b, ctx, negate_b=0):
    bsign = b._sign ^ negate_b
    if a._is_special or b._is_special:
        r = _check_nans(ctx, a, b)
        if r is not None:
            return r
        if a._exp == 'F':
            if b._exp == 'F' and a._sign != bsign:
                return _invalid(ctx)
            return a
        return _INF[bsign]
    exp = min(a._exp, b._exp)
    negzero = ctx.rounding == ROUND_FLOOR and a._sign != bsign
    if not a._int and not b._int:
        sign = min(a._sign, bsign)
        if negzero:
            sign = 1
        return _fix(sign, 0, exp, ctx)
    if not a._int:
        exp = max(exp, b._exp - ctx.prec - 1)
        return _fix(bsign, b._int * 10 ** (b._exp - exp), exp, ctx)
    if not b._int:
        exp = max(exp, a._exp - ctx.prec - 1)
        return _fix(a._sign, a._int * 10 ** (a._exp - exp), exp, ctx)
    # Bring both to one exponent; an operand far below the other's last digit that counts
    # only matters as a sticky digit.
    (c1, e1, s1), (c2, e2, s2) = (a._int, a._exp, a._sign), (b._int, b._exp, bsign)
    if e1 < e2:
        (c1, e1, s1), (c2, e2, s2) = (c2, e2, s2), (c1, e1, s1)
    # now e1 >= e2
    lim = e1 + min(-1, _nd(c1) - ctx.prec - 2)
    if _nd(c2) + e2 - 1 < lim:
        c2, e2 = 1, lim
    c1 *= 10 ** (e1 - e2)
    v = (-c1 if s1 else c1) + (-c2 if s2 else c2)
    if v == 0:
        return _fix(1 if negzero else 0, 0, e2, ctx)
    return _fix(int(v < 0), abs(v), e2, ctx)


def _mul(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._is_special or b._is_special:
        r = _check_nans(ctx, a, b)
        if r is not None:
            return r
        if (a._exp == 'F' and not b._is_special and not b._int) or \
                (b._exp == 'F' and not a._is_special and not a._int):
            return _invalid(ctx)
        return _INF[sign]
    return _fix(sign, a._int * b._int, a._exp + b._exp, ctx)


def _div(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._is_special or b._is_special:
        r = _check_nans(ctx, a, b)
        if r is not None:
            return r
        if a._exp == 'F' and b._exp == 'F':
            return _invalid(ctx)
        if a._exp == 'F':
            return _INF[sign]
        ctx._st |= _CLP
        return _dec(sign, 0, ctx.Emin - ctx.prec + 1)
    if not b._int:
        if not a._int:
            return _invalid(ctx, _DUND)
        ctx._st |= _DBZ
        return _INF[sign]
    if not a._int:
        return _fix(sign, 0, a._exp - b._exp, ctx)
    shift = _nd(b._int) - _nd(a._int) + ctx.prec + 1
    exp = a._exp - b._exp - shift
    if shift >= 0:
        q, r = divmod(a._int * 10 ** shift, b._int)
    else:
        q, r = divmod(a._int, b._int * 10 ** -shift)
    if r:
        if q % 5 == 0:
            q += 1
    else:
        ideal = a._exp - b._exp
        while exp < ideal and q % 10 == 0:
            q //= 10
            exp += 1
    return _fix(sign, q, exp, ctx)


def _divide_int(a, b, ctx):
    """(quotient, remainder) of finite a by finite nonzero b, or None if the quotient
    needs more than prec digits."""
    sign = a._sign ^ b._sign
    ideal = min(a._exp, b._exp)
    expdiff = a.adjusted() - b.adjusted()
    if not a._int or expdiff <= -2:
        return _dec(sign, 0, 0), _rescale(a, ideal, ctx.rounding)
    if expdiff <= ctx.prec:
        c1, c2 = a._int, b._int
        if a._exp >= b._exp:
            c1 *= 10 ** (a._exp - b._exp)
        else:
            c2 *= 10 ** (b._exp - a._exp)
        q, r = divmod(c1, c2)
        if q < 10 ** ctx.prec:
            return _dec(sign, q, 0), _dec(a._sign, r, ideal)
    return None


def _divmod(a, b, ctx, which):
    """which: 1 the integer quotient, 2 the remainder, 3 both."""
    sign = a._sign ^ b._sign
    if a._is_special or b._is_special:
        r = _check_nans(ctx, a, b)
        if r is not None:
            return (r, r) if which == 3 else r
        if a._exp == 'F':
            if b._exp == 'F':
                r = _invalid(ctx)
                return (r, r) if which == 3 else r
            if which == 1:
                return _INF[sign]
            r = _invalid(ctx)
            return (_INF[sign], r) if which == 3 else r
        # b infinite
        q, r = _dec(sign, 0, 0), _fixd(a, ctx)
        return q if which == 1 else r if which == 2 else (q, r)
    if not b._int:
        if not a._int:
            r = _invalid(ctx, _DUND)
            return (r, r) if which == 3 else r
        if which == 2:
            return _invalid(ctx)
        ctx._st |= _DBZ
        if which == 1:
            return _INF[sign]
        return _INF[sign], _invalid(ctx)
    qr = _divide_int(a, b, ctx)
    if qr is None:
        r = _invalid(ctx, _DIMP)
        return (r, r) if which == 3 else r
    q, r = qr
    if which == 1:
        return q
    r = _fixd(r, ctx)
    return r if which == 2 else (q, r)


def _remainder_near(a, b, ctx):
    r = _check_nans(ctx, a, b)
    if r is not None:
        return r
    if a._exp == 'F':
        return _invalid(ctx)
    if b._exp == 'F':
        return _fixd(a, ctx)
    if not b._int:
        if not a._int:
            return _invalid(ctx, _DUND)
        return _invalid(ctx)
    ideal = min(a._exp, b._exp)
    if not a._int:
        return _fix(a._sign, 0, ideal, ctx)
    expdiff = a.adjusted() - b.adjusted()
    if expdiff >= ctx.prec + 1:
        return _invalid(ctx, _DIMP)
    if expdiff <= -2:
        return _fixd(_rescale(a, ideal, ctx.rounding), ctx)
    c1, c2 = a._int, b._int
    if a._exp >= b._exp:
        c1 *= 10 ** (a._exp - b._exp)
    else:
        c2 *= 10 ** (b._exp - a._exp)
    q, r = divmod(c1, c2)
    if 2 * r + (q & 1) > c2:
        r -= c2
        q += 1
    if q >= 10 ** ctx.prec:
        return _invalid(ctx, _DIMP)
    sign = a._sign
    if r < 0:
        sign = 1 - sign
        r = -r
    return _fix(sign, r, ideal, ctx)


def _quantize(a, q, rounding, ctx):
    if a._is_special or q._is_special:
        r = _check_nans(ctx, a, q)
        if r is not None:
            return r
        if a._exp == 'F' and q._exp == 'F':
            return a
        return _invalid(ctx)
    if not (ctx.Emin - ctx.prec + 1 <= q._exp <= ctx.Emax):
        return _invalid(ctx)
    if not a._int:
        return _fix(a._sign, 0, q._exp, ctx)
    if a.adjusted() > ctx.Emax or a.adjusted() - q._exp + 1 > ctx.prec:
        return _invalid(ctx)
    st = ctx._st
    r = _rescale(a, q._exp, rounding, ctx)
    if r._int and (r.adjusted() > ctx.Emax or _nd(r._int) > ctx.prec):
        ctx._st = st
        return _invalid(ctx)
    if r._int and r.adjusted() < ctx.Emin:
        ctx._st |= _SUB
    return _fix(r._sign, r._int, r._exp, ctx)


def _to_integral(a, rounding, ctx, exact):
    if a._is_special:
        r = _check_nans(ctx, a)
        return r if r is not None else a
    if a._exp >= 0:
        return a
    if not a._int:
        return _dec(a._sign, 0, 0)
    return _rescale(a, 0, rounding, ctx if exact else None)


def _next(a, ctx, direction):
    r = _check_nans(ctx, a)
    if r is not None:
        return r
    if a._exp == 'F':
        if (a._sign == 0) == (direction < 0):
            return _dec(a._sign, 10 ** ctx.prec - 1, ctx.Emax - ctx.prec + 1)
        return a
    save_r, save_st = ctx.rounding, ctx._st
    ctx.rounding = ROUND_FLOOR if direction < 0 else ROUND_CEILING
    try:
        etiny = ctx.Emin - ctx.prec + 1
        r = _fix(a._sign, a._int, a._exp, ctx)
        if _cmp(r, a) == 0:
            tiny = _dec(1 if direction < 0 else 0, 1, etiny - 1)
            r = _add(a, tiny, ctx)
    finally:
        ctx.rounding = save_r
        ctx._st = save_st
    return r


def _sqrt(a, ctx):
    if a._is_special:
        r = _check_nans(ctx, a)
        if r is not None:
            return r
        if a._sign:
            return _invalid(ctx)
        return a
    if not a._int:
        return _fix(a._sign, 0, a._exp >> 1, ctx)
    if a._sign:
        return _invalid(ctx)
    prec = ctx.prec + 1
    c = a._int
    e = a._exp >> 1
    nd = _nd(c)
    if a._exp & 1:
        c *= 10
        ln = (nd >> 1) + 1
    else:
        ln = (nd + 1) >> 1
    shift = prec - ln
    if shift >= 0:
        c *= 100 ** shift
        exact = True
    else:
        c, rem = divmod(c, 100 ** -shift)
        exact = not rem
    e -= shift
    n = math.isqrt(c)
    exact = exact and n * n == c
    if exact:
        if shift >= 0:
            n //= 10 ** shift
        else:
            n *= 10 ** -shift
        e += shift
    elif n % 5 == 0:
        n += 1
    save = ctx.rounding
    ctx.rounding = ROUND_HALF_EVEN
    try:
        return _fix(0, n, e, ctx)
    finally:
        ctx.rounding = save


def _exp(a, ctx):
    if a._is_special:
        r = _check_nans(ctx, a)
        if r is not None:
            return r
        return _dec(0, 0, 0) if a._sign else a
    if not a._int:
        return _dec(0, 1, 0)
    p = ctx.prec
    adj = a.adjusted()
    save = ctx.rounding
    ctx.rounding = ROUND_HALF_EVEN
    try:
        if a._sign == 0 and adj > len(str((ctx.Emax + 1) * 3)):
            return _fix(0, 1, ctx.Emax + 1, ctx)
        if a._sign == 1 and adj > len(str((-(ctx.Emin - ctx.prec + 1) + 1) * 3)):
            return _fix(0, 1, ctx.Emin - ctx.prec, ctx)
        if a._sign == 0 and adj < -p:
            return _fix(0, 10 ** p + 1, -p, ctx)
        if a._sign == 1 and adj < -p - 1:
            return _fix(0, 10 ** (p + 1) - 1, -p - 1, ctx)
    finally:
        ctx.rounding = save

    def approx(w):
        w2 = w + max(adj, 0) + 2
        sh = a._exp + w2
        x = a._int * 10 ** sh if sh >= 0 else a._int // 10 ** -sh
        if a._sign:
            x = -x
        v, k, err = _exp_fixed(x, w2)
        return v, k - w2, err + 2
    return _ziv(0, approx, ctx)


def _ln(a, ctx, base10):
    if a._is_special:
        r = _check_nans(ctx, a)
        if r is not None:
            return r
        if a._sign:
            return _invalid(ctx)
        return a
    if not a._int:
        return _INF[1]
    if a._sign:
        return _invalid(ctx)
    c, e = a._int, a._exp
    if base10:
        s = str(c)
        if s[0] == '1' and not s[1:].strip('0'):
            save = ctx.rounding
            ctx.rounding = ROUND_HALF_EVEN
            try:
                return _fixd(_from_int(e + len(s) - 1), ctx)
            finally:
                ctx.rounding = save
    elif c * 10 ** max(e, 0) == 10 ** max(-e, 0):
        return _dec(0, 0, 0)
    sign = int(c * 10 ** max(e, 0) < 10 ** max(-e, 0))

    def approx(w):
        if base10:
            v = _ln_fixed(c, e, w + 2)
            _, ln10 = _ln_consts(w + 2)
            v = v * 10 ** w // ln10
        else:
            v = _ln_fixed(c, e, w)
        return abs(v), -w, 20
    return _ziv(sign, approx, ctx)


def _is_integral(d):
    return not d._is_special and (d._exp >= 0 or d._int % 10 ** -d._exp == 0)


def _int_value(d):
    v = d._int * 10 ** d._exp if d._exp >= 0 else d._int // 10 ** -d._exp
    return -v if d._sign else v


def _pow(a, b, ctx):
    if a._is_special or b._is_special:
        r = _check_nans(ctx, a, b)
        if r is not None:
            return r
    if not b._is_special and not b._int:
        if not a._is_special and not a._int:
            return _invalid(ctx)
        return _dec(0, 1, 0)
    b_int = _is_integral(b)
    sign = 0
    if a._sign:
        if b_int:
            sign = _int_value(b) & 1
        elif a._int or a._is_special:
            return _invalid(ctx)
        a = a.copy_negate()
    if not a._is_special and not a._int:
        if b._sign:
            return _INF[sign]
        return _dec(sign, 0, 0)
    if a._exp == 'F':
        if b._sign:
            return _dec(sign, 0, 0)
        return _INF[sign]
    if b._exp == 'F':
        c = _cmp(a, _dec(0, 1, 0))
        if c == 0:
            ctx._st |= _INX | _RND
            return _fix(sign, 10 ** (ctx.prec - 1), 1 - ctx.prec, ctx)
        if (c > 0) == (b._sign == 0):
            return _INF[sign]
        return _dec(sign, 0, 0)
    if b_int:
        return _pow_int(a._int, a._exp, sign, _int_value(b), ctx)
    return _pow_real(a, b, sign, ctx)


def _pow_int(c, e, sign, n, ctx):
    p = ctx.prec
    if n < 0:
        # 1 / x**|n|: exact when x**|n| is small enough to compute exactly.
        if _nd(c) * -n <= 4 * p + 100:
            den = _dec(0, c ** -n, e * -n)
            r = _div(_dec(0, 1, 0), den, ctx)
            return _dec(sign, r._int, r._exp, r._is_special) if sign and not r._is_special \
                else r
        inv = _ctx_with(ctx, p + 10 + len(str(-n)))
        x = _div(_dec(0, 1, 0), _dec(0, c, e), inv)
        r = _pow_int(x._int, x._exp, 0, -n, inv)
        ctx._st |= _INX | _RND | (inv._st & (_OVF | _UNF | _SUB | _CLP))
        if r._is_special or not r._int:
            return _fix(sign, 0, ctx.Emin - p, ctx) if not r._is_special else \
                _fix_over(sign, ctx)
        return _fix(sign, r._int * 10 + 1, r._exp - 1, ctx)
    # Exact power when it is not too large; else a working precision with guard digits.
    if _nd(c) * n <= 4 * p + 100:
        return _fix(sign, c ** n, e * n, ctx)
    adj = (_nd(c) + e - 1) * n
    if adj > ctx.Emax + 1 + 10 * n:
        return _fix_over(sign, ctx)
    w = p + 10 + len(str(n))
    rc, re, inexact = 1, 0, False
    bc, be = c, e
    while True:
        if n & 1:
            rc, re = rc * bc, re + be
            k = _nd(rc) - w
            if k > 0:
                q, r = divmod(rc, 10 ** k)
                inexact = inexact or r != 0
                rc, re = q, re + k
        n >>= 1
        if not n:
            break
        bc, be = bc * bc, be * 2
        k = _nd(bc) - w
        if k > 0:
            q, r = divmod(bc, 10 ** k)
            inexact = inexact or r != 0
            bc, be = q, be + k
    if inexact:
        rc = rc * 10 + 1
        re -= 1
    return _fix(sign, rc, re, ctx)


def _fix_over(sign, ctx):
    return _overflow(sign, ctx)


def _ctx_with(ctx, prec):
    new = Context.__new__(Context)
    new._set(prec, ROUND_HALF_EVEN, MIN_EMIN, MAX_EMAX, 1, 0, 0, 0)
    new._st = 0
    return new


def _pow_real(a, b, sign, ctx):
    # An exact result: b = num/10**k and a**b has at most prec digits.
    ex = _pow_exact(a, b, ctx)
    if ex is not None:
        return ex
    c, e = a._int, a._exp
    bc, be = b._int, b._exp
    bsign = b._sign
    badj = b.adjusted()

    # Guard against huge results: exp overflow/underflow via the sign of the log.
    def approx(w):
        w2 = w + max(badj, 0) + 4
        lnv = _ln_fixed(c, e, w2 + 4)
        t = lnv * bc
        t = t * 10 ** be if be >= 0 else t // 10 ** -be
        t //= 10 ** 4
        if bsign:
            t = -t
        v, k, err = _exp_fixed(t, w2)
        return v, k - w2, err + 20 + (bc * 10 ** max(be, 0)) // 10 ** max(w2 // 2, 1) + 10
    ln_est = _ln_fixed(c, e, 5)
    yv = bc * 10 ** be if be >= 0 else bc / 10 ** -be
    mag = ln_est * yv / 1e5 * (-1 if bsign else 1)
    if mag > 2.31 * (ctx.Emax + 2):
        return _overflow(sign, ctx)
    if mag < -2.31 * (-(ctx.Emin - ctx.prec) + 2):
        ctx._st |= _UNF | _SUB | _INX | _RND | _CLP
        return _dec(sign, 0, ctx.Emin - ctx.prec + 1)
    save = ctx.rounding
    r = _ziv(sign, approx, _RoundingAs(ctx, save))
    return r


class _RoundingAs:
    """A context view whose rounding stays the caller's (for _ziv in pow)."""

    def __init__(self, ctx, rounding):
        self.__dict__['_ctx'] = ctx
        self.__dict__['_r'] = rounding

    def __getattr__(self, name):
        if name == 'rounding':
            return self.__dict__['_r']
        return getattr(self.__dict__['_ctx'], name)

    def __setattr__(self, name, value):
        if name == 'rounding':
            return
        setattr(self.__dict__['_ctx'], name, value)


def _pow_exact(a, b, ctx):
    """a**b when it is exactly representable in prec digits (a > 0, b not integral)."""
    # b = m / 10**k in lowest terms as a fraction num/den with den | 10**k.
    m, k = b._int, -b._exp
    g = math.gcd(m, 10 ** k)
    num, den = m // g, 10 ** k // g
    if den > 64 or num > 10 ** 4:
        return None
    # a = c * 10**e; a**(1/den) exact needs c * 10**e to be a den-th power.
    c, e = a._int, a._exp
    while c % 10 == 0:
        c //= 10
        e += 1
    # Choose the exponent shift so that e is divisible by den.
    shift = e % den
    c2, e2 = c * 10 ** shift, e - shift
    root = _iroot(c2, den)
    if root is None:
        return None
    re = e2 // den
    if b._sign:
        # (root * 10**re) ** -num
        if _nd(root) * num > 4 * ctx.prec + 100:
            return None
        den_v = root ** num
        # exact only if 1/den_v terminates: den_v = 2**x 5**y
        t = den_v
        for pr in (2, 5):
            while t % pr == 0:
                t //= pr
        if t != 1:
            return None
        r = _div(_dec(0, 1, 0), _dec(0, den_v, re * num), ctx)
        return r if not (ctx._st & _INX) else None
    if _nd(root) * num > ctx.prec:
        return None
    return _fix(0, root ** num, re * num, ctx)


def _iroot(n, k):
    if n < 2:
        return n
    x = int(round(n ** (1.0 / k))) if n.bit_length() < 1000 else None
    if x is None:
        return None
    for cand in (x - 1, x, x + 1):
        if cand > 0 and cand ** k == n:
            return cand
    return None


def _powmod(a, b, m, ctx):
    r = _check_nans(ctx, a, b)
    if r is None:
        r = _check_nans(ctx, m)
    if r is not None:
        return r
    if not (_is_integral(a) and _is_integral(b) and _is_integral(m)):
        return _invalid(ctx)
    bv, mv = _int_value(b), _int_value(m)
    if bv < 0 or not mv or _nd(abs(mv)) > ctx.prec:
        return _invalid(ctx)
    if not a._int and not bv:
        return _invalid(ctx)
    av = _int_value(a)
    v = pow(abs(av), bv, abs(mv))
    sign = 1 if av < 0 and bv & 1 else 0
    return _dec(sign, v, 0)


# --- __format__ ---

def _parse_spec(spec):
    """The C module's format spec: [[fill]align][sign][z][0][width][,][.prec][type]."""
    i = 0
    n = len(spec)
    fill, align = None, None
    if n >= 2 and spec[1] in '<>=^':
        fill, align = spec[0], spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        align = spec[0]
        i = 1
    sign = '-'
    if i < n and spec[i] in '+- ':
        sign = spec[i]
        i += 1
    nonegzero = False
    if i < n and spec[i] == 'z':
        nonegzero = True
        i += 1
    zeropad = False
    if i < n and spec[i] == '0':
        if fill is not None or align is not None:
            raise ValueError('invalid format string')
        zeropad = True
        i += 1
    j = i
    while i < n and spec[i].isdigit():
        i += 1
    width = int(spec[j:i]) if i > j else 0
    comma = False
    if i < n and spec[i] == ',':
        comma = True
        i += 1
    prec = None
    if i < n and spec[i] == '.':
        i += 1
        j = i
        while i < n and spec[i].isdigit():
            i += 1
        if i == j:
            raise ValueError('invalid format string')
        prec = int(spec[j:i])
    typ = None
    if i < n and spec[i] in 'eEfFgGn%':
        typ = spec[i]
        i += 1
    if i != n or (typ == 'n' and comma):
        raise ValueError('invalid format string')
    return fill, align, sign, nonegzero, zeropad, width, comma, prec, typ


def _format(d, spec, ctx):
    fill, align, signopt, nonegzero, zeropad, width, comma, prec, typ = _parse_spec(spec)
    if d._is_special:
        sign = '-' if d._sign else ('' if signopt == '-' else signopt)
        body = _to_str(d.copy_abs(), False, 1)
        if typ == '%':
            body += '%'
        if zeropad:
            fill, align = ' ', '>'
        return _align(sign, body, fill or ' ', align or '>', width)
    if typ is None:
        typ = 'G' if ctx.capitals else 'g'
    if typ == 'n':
        typ = 'g'
    if prec is not None and prec == 0 and typ in 'gG':
        prec = 1
    if typ == '%':
        d = _dec(d._sign, d._int, d._exp + 2)
    rounding = ctx.rounding
    if prec is not None:
        if typ in 'eE':
            d = _round_sig(d, prec + 1, rounding)
        elif typ in 'fF%':
            d = _rescale(d, -prec, rounding)
        elif typ in 'gG' and _nd(d._int) > prec:
            d = _round_sig(d, prec, rounding)
    if not d._int and d._exp > 0 and typ in 'fF%':
        d = _rescale(d, 0, rounding)
    neg = d._sign and not (nonegzero and not d._int)
    digits = str(d._int)
    left = d._exp + len(digits)
    if typ in 'eE':
        dot = 1 - prec if (not d._int and prec is not None) else 1
    elif typ in 'fF%':
        dot = left
    else:
        dot = left if d._exp <= 0 and left > -6 else 1
    if dot < 0:
        ip, fp = '0', '0' * -dot + digits
    elif dot > len(digits):
        ip, fp = digits + '0' * (dot - len(digits)), ''
    else:
        ip, fp = digits[:dot] or '0', digits[dot:]
    exp = left - dot
    sign = '-' if neg else ('' if signopt == '-' else signopt)
    if fp:
        fp = '.' + fp
    if exp != 0 or typ in 'eE':
        fp += {'E': 'E', 'e': 'e', 'G': 'E', 'g': 'e'}[typ] + '%+d' % exp
    if typ == '%':
        fp += '%'
    if zeropad:
        fill, align = '0', '='
        minw = width - len(fp) - len(sign)
    else:
        minw = 0
    ip = _group(ip, comma, minw)
    return _align(sign, ip + fp, fill or ' ', align or '>', width)


def _group(digits, comma, minw):
    if not comma:
        return digits.rjust(max(minw, 1), '0')
    groups = []
    while True:
        ln = min(max(len(digits), minw, 1), 3)
        groups.append(digits[-ln:].rjust(ln, '0') if digits else '0' * ln)
        digits = digits[:-ln] if len(digits) > ln else ''
        minw -= ln
        if not digits and minw <= 0:
            break
        minw -= 1
    return ','.join(reversed(groups))


def _align(sign, body, fill, align, width):
    pad = fill * (width - len(sign) - len(body))
    if align == '<':
        return sign + body + pad
    if align == '=':
        return sign + pad + body
    if align == '^':
        h = len(pad) // 2
        return pad[:h] + sign + body + pad[h:]
    return pad + sign + body


# --- Context ---

class _SignalDict:
    __slots__ = ('_ctx', '_attr')

    def __init__(self, ctx, attr):
        self._ctx = ctx
        self._attr = attr

    def _bit(self, key):
        try:
            return _SIGNAL_BIT[key]
        except (KeyError, TypeError):
            raise KeyError(_SIGNALS_MSG) from None

    def __getitem__(self, key):
        return bool(getattr(self._ctx, self._attr) & self._bit(key))

    def __setitem__(self, key, value):
        bit = self._bit(key)
        v = getattr(self._ctx, self._attr)
        setattr(self._ctx, self._attr, (v | bit) if value else (v & ~bit))

    def __delitem__(self, key):
        raise ValueError('signal keys cannot be deleted')

    def __contains__(self, key):
        return key in _SIGNAL_BIT

    def __iter__(self):
        return iter(_SIGNALS)

    def __len__(self):
        return len(_SIGNALS)

    def keys(self):
        return list(_SIGNALS)

    def values(self):
        return [self[s] for s in _SIGNALS]

    def items(self):
        return [(s, self[s]) for s in _SIGNALS]

    def get(self, key, default=None):
        return self[key] if key in _SIGNAL_BIT else default

    def copy(self):
        return {s: self[s] for s in _SIGNALS}

    def __eq__(self, other):
        if isinstance(other, _SignalDict):
            return self.copy() == other.copy()
        if isinstance(other, dict):
            return self.copy() == other
        return NotImplemented

    def __repr__(self):
        return '{' + ', '.join(f'{s!r}:{self[s]}' for s in _SIGNALS) + '}'


def _signal_bits(v, what):
    if isinstance(v, _SignalDict):
        return getattr(v._ctx, v._attr)
    if isinstance(v, dict):
        if len(v) != len(_SIGNALS) or any(k not in _SIGNAL_BIT for k in v):
            raise KeyError('invalid signal dict')
        bits = 0
        for k, on in v.items():
            if on:
                bits |= _SIGNAL_BIT[k]
        return bits
    bits = 0
    for k in v:
        if k not in _SIGNAL_BIT:
            raise KeyError(_SIGNALS_MSG)
        bits |= _SIGNAL_BIT[k]
    return bits


class Context(object):
    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None):
        try:
            dc = DefaultContext
        except NameError:
            dc = None
        self._st = 0
        self._flags = 0
        self._traps = dc._traps if dc is not None else (_IO | _DBZ | _OVF)
        self._prec = dc._prec if dc is not None else 28
        self._rounding = dc._rounding if dc is not None else ROUND_HALF_EVEN
        self._Emin = dc._Emin if dc is not None else -999999
        self._Emax = dc._Emax if dc is not None else 999999
        self._capitals = dc._capitals if dc is not None else 1
        self._clamp = dc._clamp if dc is not None else 0
        if prec is not None:
            self.prec = prec
        if rounding is not None:
            self.rounding = rounding
        if Emin is not None:
            self.Emin = Emin
        if Emax is not None:
            self.Emax = Emax
        if capitals is not None:
            self.capitals = capitals
        if clamp is not None:
            self.clamp = clamp
        if flags is not None:
            self._flags = _signal_bits(flags, 'flags')
        if traps is not None:
            self._traps = _signal_bits(traps, 'traps')

    def _set(self, prec, rounding, Emin, Emax, capitals, clamp, flags, traps):
        self._prec, self._rounding, self._Emin, self._Emax = prec, rounding, Emin, Emax
        self._capitals, self._clamp, self._flags, self._traps = capitals, clamp, flags, traps

    @staticmethod
    def _int_arg(v):
        if not isinstance(v, int):
            raise TypeError('an integer is required')
        return v

    @property
    def prec(self):
        return self._prec

    @prec.setter
    def prec(self, v):
        v = self._int_arg(v)
        if not 1 <= v <= MAX_PREC:
            raise ValueError('valid range for prec is [1, MAX_PREC]')
        self._prec = v

    @property
    def rounding(self):
        return self._rounding

    @rounding.setter
    def rounding(self, v):
        if v not in _ROUNDINGS or not isinstance(v, str):
            raise TypeError(_ROUNDING_MSG)
        self._rounding = _ROUNDINGS[_ROUNDINGS.index(v)]

    @property
    def Emin(self):
        return self._Emin

    @Emin.setter
    def Emin(self, v):
        v = self._int_arg(v)
        if not MIN_EMIN <= v <= 0:
            raise ValueError('valid range for Emin is [MIN_EMIN, 0]')
        self._Emin = v

    @property
    def Emax(self):
        return self._Emax

    @Emax.setter
    def Emax(self, v):
        v = self._int_arg(v)
        if not 0 <= v <= MAX_EMAX:
            raise ValueError('valid range for Emax is [0, MAX_EMAX]')
        self._Emax = v

    @property
    def capitals(self):
        return self._capitals

    @capitals.setter
    def capitals(self, v):
        v = self._int_arg(v)
        if v not in (0, 1):
            raise ValueError('valid values for capitals are 0 or 1')
        self._capitals = v

    @property
    def clamp(self):
        return self._clamp

    @clamp.setter
    def clamp(self, v):
        v = self._int_arg(v)
        if v not in (0, 1):
            raise ValueError('valid values for clamp are 0 or 1')
        self._clamp = v

    @property
    def flags(self):
        return _SignalDict(self, '_flags')

    @flags.setter
    def flags(self, v):
        self._flags = _signal_bits(v, 'flags')

    @property
    def traps(self):
        return _SignalDict(self, '_traps')

    @traps.setter
    def traps(self, v):
        self._traps = _signal_bits(v, 'traps')

    def Etiny(self):
        return self._Emin - self._prec + 1

    def Etop(self):
        return self._Emax - self._prec + 1

    def clear_flags(self):
        self._flags = 0

    def clear_traps(self):
        self._traps = 0

    def copy(self):
        new = Context.__new__(Context)
        new._set(self._prec, self._rounding, self._Emin, self._Emax, self._capitals,
                 self._clamp, self._flags, self._traps)
        new._st = 0
        return new

    __copy__ = copy

    def __reduce__(self):
        return (self.__class__, (self._prec, self._rounding, self._Emin, self._Emax,
                                 self._capitals, self._clamp,
                                 [s for s in _SIGNALS if self._flags & _SIGNAL_BIT[s]],
                                 [s for s in _SIGNALS if self._traps & _SIGNAL_BIT[s]]))

    def __repr__(self):
        def names(bits):
            return '[' + ', '.join(s.__name__ for s in _REPR_ORDER
                                   if bits & _SIGNAL_BIT[s]) + ']'
        return (f'Context(prec={self._prec}, rounding={self._rounding}, Emin={self._Emin}, '
                f'Emax={self._Emax}, capitals={self._capitals}, clamp={self._clamp}, '
                f'flags={names(self._flags)}, traps={names(self._traps)})')

    def create_decimal(self, num='0'):
        if isinstance(num, str):
            r = _parse(num, self)
            self._st = 0
            if r is None:
                self._st |= _CSYN
                return _done(self, _NAN)
            d = _dec(*r)
        elif isinstance(num, float):
            self._st = _FLT
            d = _from_float(num)
        else:
            d = Decimal(num)
            self._st = 0
        return _done(self, _fixd(d, self))

    def create_decimal_from_float(self, f):
        self._st = 0
        return _done(self, _fixd(Decimal.from_float(f), self))

    def _apply(self, a):
        return self.plus(a)

    def abs(self, a):
        return _conv_strict(a).__abs__(context=self)

    def plus(self, a):
        return _conv_strict(a).__pos__(context=self)

    def minus(self, a):
        return _conv_strict(a).__neg__(context=self)

    def add(self, a, b):
        return _conv_strict(a).__add__(_conv_strict(b), self)

    def subtract(self, a, b):
        return _conv_strict(a).__sub__(_conv_strict(b), self)

    def multiply(self, a, b):
        return _conv_strict(a).__mul__(_conv_strict(b), self)

    def divide(self, a, b):
        return _conv_strict(a).__truediv__(_conv_strict(b), self)

    def divide_int(self, a, b):
        return _conv_strict(a).__floordiv__(_conv_strict(b), self)

    def remainder(self, a, b):
        return _conv_strict(a).__mod__(_conv_strict(b), self)

    def divmod(self, a, b):
        return _conv_strict(a).__divmod__(_conv_strict(b), self)

    def power(self, a, b, modulo=None):
        a, b = _conv_strict(a), _conv_strict(b)
        if modulo is not None:
            modulo = _conv_strict(modulo)
        return a.__pow__(b, modulo, self)

    def fma(self, a, b, c):
        return _conv_strict(a).fma(b, c, self)

    def is_canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError('argument must be a Decimal')
        return True

    def canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError('argument must be a Decimal')
        return a

    def copy_decimal(self, a):
        return _conv_strict(a)

    def number_class(self, a):
        return _conv_strict(a).number_class(self)

    def is_normal(self, a):
        return _conv_strict(a).is_normal(self)

    def is_subnormal(self, a):
        return _conv_strict(a).is_subnormal(self)

    def radix(self):
        return Decimal(10)

    def to_sci_string(self, a):
        return _conv_strict(a).__str__(False, self)

    def to_eng_string(self, a):
        return _conv_strict(a).__str__(True, self)

    def to_integral_exact(self, a):
        return _conv_strict(a).to_integral_exact(context=self)

    def to_integral_value(self, a):
        return _conv_strict(a).to_integral_value(context=self)

    to_integral = to_integral_value

    def quantize(self, a, b):
        return _conv_strict(a).quantize(b, context=self)

    def __delattr__(self, name):
        raise AttributeError('context attributes cannot be deleted')


def _ctx_unary(name):
    def method(self, a):
        return getattr(_conv_strict(a), name)(context=self)
    method.__name__ = name
    return method


def _ctx_binary(name):
    def method(self, a, b):
        return getattr(_conv_strict(a), name)(b, context=self)
    method.__name__ = name
    return method


def _ctx_plain(name):
    def method(self, a):
        return getattr(_conv_strict(a), name)()
    method.__name__ = name
    return method


for _n in ('sqrt', 'exp', 'ln', 'log10', 'logb', 'normalize', 'next_plus', 'next_minus',
           'logical_invert'):
    setattr(Context, _n, _ctx_unary(_n))
for _n in ('compare', 'compare_signal', 'max', 'min', 'max_mag', 'min_mag', 'remainder_near',
           'scaleb', 'next_toward', 'logical_and', 'logical_or', 'logical_xor', 'rotate',
           'shift', 'same_quantum', 'compare_total', 'compare_total_mag', 'copy_sign'):
    setattr(Context, _n, _ctx_binary(_n))
for _n in ('copy_abs', 'copy_negate', 'is_finite', 'is_infinite', 'is_nan', 'is_qnan',
           'is_snan', 'is_signed', 'is_zero'):
    setattr(Context, _n, _ctx_plain(_n))
Context.reduce = Context.normalize
del _n


DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999,
                         capitals=1, clamp=0, flags=[],
                         traps=[DivisionByZero, Overflow, InvalidOperation])
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow],
                       flags=[])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[], flags=[])

numbers.Number.register(Decimal)
