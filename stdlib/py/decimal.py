# decimal for Krait: decimal fixed and floating point arithmetic after the General Decimal
# Arithmetic Specification, with the observable behaviour of CPython 3.11's C `_decimal`
# (libmpdec 2.5.1): the same results digit for digit (including where libmpdec is not correctly
# rounded, as in power()), the same flags, exception arguments, context repr and format specs.
#
# A finite Decimal is (sign, coefficient, exponent) with an int coefficient; specials keep
# the exponent 'F' (Infinity), 'n' (NaN) or 'N' (sNaN) and a NaN's payload as coefficient.
# Operations collect libmpdec's status bits in ctx._st and signal them once at the end, as
# the C module does: every flag is set first, then the trapped ones raise together.
#
# The kernels (_add, _mul, _div, _pow, ...) follow libmpdec function by function; the names in
# the comments (mpd_qadd, _mpd_qpow_int, ...) point at the C routine that is mirrored.  They
# read only the slots _prec, _rounding, _Emin, _Emax, _clamp of the context and add their
# status bits to its _st, so internal work contexts (_Work) and Context objects are
# interchangeable.
import math as _math
import numbers as _numbers
import sys as _sys
from collections import namedtuple as _namedtuple
from collections.abc import MutableMapping as _MutableMapping
from contextvars import ContextVar as _ContextVar

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

# libmpdec's special exponent limits (64-bit build): results "at infinity" are built with
# MPD_EXP_INF and then finalized, so the rounding mode decides between Infinity and the
# largest finite number.
_EXP_INF = 2000000000000000001
_SSIZE_MAX = 9223372036854775807
_SSIZE_MIN = -9223372036854775808
_UINT_MAX = 18446744073709551615
_EXPDIGITS = 19     # MPD_EXPDIGITS, also MPD_EXP_MAX_T and MPD_RDIGITS on 64-bit

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
_ROUNDING_MSG = ('valid values for rounding are:\n'
                 '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                 '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                 '   ROUND_05UP]')


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


# Status bits in libmpdec's layout (MPD_Clamped ... MPD_Underflow; FloatOperation takes the
# Not_implemented bit as in _decimal.c).  Keeping the individual conditions matters: the
# context repr lists InvalidOperation where its lowest condition bit sits, and the trapped
# exception's argument lists the conditions.
_CLP, _CSYN, _DBZ, _DIMP, _DUND, _FPU, _INX, _ICTX, _IO, _MALLOC, _FLT, _OVF, _RND, _SUB, \
    _UNF = (1 << i for i in range(15))
_IO_ALL = _CSYN | _DIMP | _DUND | _FPU | _ICTX | _IO | _MALLOC   # MPD_IEEE_Invalid_operation
_ERRORS = _IO_ALL | _DBZ                                        # MPD_Errors
# The signal map of _decimal.c: this order decides which exception a trap raises.
_SIGNALS = (InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow,
            Subnormal, Inexact, Rounded, Clamped)
_SIGNAL_BITS = (_IO_ALL, _FLT, _DBZ, _OVF, _UNF, _SUB, _INX, _RND, _CLP)
_SIGNAL_BIT = dict(zip(_SIGNALS, _SIGNAL_BITS))
_CONDITIONS = ((_IO, InvalidOperation), (_CSYN, ConversionSyntax), (_DIMP, DivisionImpossible),
               (_DUND, DivisionUndefined), (_ICTX, InvalidContext))
# dec_signal_string: the name each status bit has in a context's repr.
_REPR_NAMES = ('Clamped', 'InvalidOperation', 'DivisionByZero', 'InvalidOperation',
               'InvalidOperation', 'InvalidOperation', 'Inexact', 'InvalidOperation',
               'InvalidOperation', 'InvalidOperation', 'FloatOperation', 'Overflow',
               'Rounded', 'Subnormal', 'Underflow')
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
    # As ctxmanager_new: the outer context is taken now (and restored on exit); the copy is
    # set up in the order prec, rounding, Emin, Emax, capitals, clamp, traps, flags.
    for k in kwargs:
        if k not in _LOCAL_KEYS:
            raise TypeError(f"'{k}' is an invalid keyword argument for this function")
    outer = getcontext()
    if ctx is None:
        ctx = outer
    elif not isinstance(ctx, Context):
        raise TypeError('optional argument must be a context')
    new = ctx.copy()
    g = kwargs.get
    new._setattrs(g('prec'), g('rounding'), g('Emin'), g('Emax'), g('capitals'), g('clamp'),
                  g('flags'), g('traps'))
    return _ContextManager(new, outer)


class _ContextManager:
    __slots__ = ('new_context', 'saved_context')

    def __init__(self, new_context, saved_context):
        self.new_context = new_context
        self.saved_context = saved_context

    def __enter__(self):
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, *args):
        setcontext(self.saved_context)


# --- helpers on coefficients ---

# Powers of ten up to the precisions scripts use; _nd and the rounding code index this
# table instead of computing 10 ** k each time.
_P10 = [10 ** i for i in range(420)]
_NP10 = len(_P10)
_P18 = _P10[18]


def _nd(c):
    """Number of decimal digits of c >= 0 (1 for 0)."""
    if c < _P18:
        return len(str(c))
    # from the bit length: the digit count is k or k - 1
    k = (c.bit_length() * 1233 >> 12) + 1
    if k < _NP10:
        while k + 1 < _NP10 and c >= _P10[k]:
            k += 1
        while c < _P10[k - 1]:
            k -= 1
        return k
    # huge: str() would be slow (and is limited); correct the estimate with powers of ten
    n = int(c.bit_length() * 0.30102999566398120) + 1
    p = 10 ** (n - 1)
    while p > c:
        p //= 10
        n -= 1
    while p * 10 <= c:
        p *= 10
        n += 1
    return n


def _pow10(k):
    return _P10[k] if k < _NP10 else 10 ** k


def _strip_zeros(c, maxk):
    """(c without up to maxk trailing zeros, the number removed), for c > 0."""
    if maxk <= 0 or c % 10:
        return c, 0
    s = str(c)
    k = len(s) - len(s.rstrip('0'))
    if k > maxk:
        k = maxk
    return int(s[:-k]), k


def _round_int(c, k, sign, rounding):
    """c / 10**k (k >= 1) rounded to an integer by `rounding`; returns (quotient, inexact).
    The increment decisions are libmpdec's _mpd_rnd_incr."""
    if k < _NP10:
        p = _P10[k]
    elif k > _nd(c) + 1:
        # All digits fall below the rounding digit: only "nonzero, less than half" matters.
        c, k, p = 1, 1, 10
    else:
        p = 10 ** k
    q, r = divmod(c, p)
    if not r:
        return q, False
    if rounding == ROUND_HALF_EVEN:
        half = p >> 1
        up = r > half or (r == half and q & 1)
    elif rounding == ROUND_DOWN:
        return q, True
    elif rounding == ROUND_HALF_UP:
        up = r >= p >> 1
    elif rounding == ROUND_HALF_DOWN:
        up = r > p >> 1
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = not sign
    elif rounding == ROUND_FLOOR:
        up = sign
    else:  # ROUND_05UP
        up = q % 5 == 0
    return (q + 1 if up else q), True


def _dec(sign, coeff, exp, special=False):
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = coeff
    d._exp = exp
    d._is_special = special
    return d


class _Work:
    """A bare working context (libmpdec's workctx/maxcontext) for internal steps."""
    __slots__ = ('_prec', '_rounding', '_Emin', '_Emax', '_clamp', '_st')

    def __init__(self, prec, rounding=ROUND_HALF_EVEN, Emin=MIN_EMIN, Emax=MAX_EMAX, clamp=0):
        self._prec = prec
        self._rounding = rounding
        self._Emin = Emin
        self._Emax = Emax
        self._clamp = clamp
        self._st = 0


def _workctx(ctx, prec=None, rounding=None):
    """mpd_workcontext: ctx's limits with its own (empty) status."""
    return _Work(ctx._prec if prec is None else prec,
                 ctx._rounding if rounding is None else rounding,
                 ctx._Emin, ctx._Emax, ctx._clamp)


def _fix(sign, c, e, ctx):
    """mpd_qfinalize of the finite (sign, c, e): _mpd_check_exp, then _mpd_check_round."""
    prec = ctx._prec
    emax = ctx._Emax
    if not c:
        if e > emax:
            ctx._st |= _CLP
            return _dec(sign, 0, emax - prec + 1 if ctx._clamp else emax)
        if ctx._clamp and e > emax - prec + 1:
            ctx._st |= _CLP
            return _dec(sign, 0, emax - prec + 1)
        etiny = ctx._Emin - prec + 1
        if e < etiny:
            ctx._st |= _CLP
            return _dec(sign, 0, etiny)
        return _dec(sign, 0, e)
    n = _nd(c)
    adj = e + n - 1
    if adj > emax:
        return _overflow(sign, ctx)
    if ctx._clamp and e > emax - prec + 1:
        # fold down: pad the coefficient with zeros
        etop = emax - prec + 1
        ctx._st |= _CLP | (_SUB if adj < ctx._Emin else 0)
        return _dec(sign, c * 10 ** (e - etop), etop)
    if adj < ctx._Emin:
        etiny = ctx._Emin - prec + 1
        if e < etiny:
            q, inexact = _round_int(c, etiny - e, sign, ctx._rounding)
            st = _SUB | _RND
            if inexact:
                st |= _INX | _UNF
                if not q:
                    st |= _CLP
            ctx._st |= st
            return _dec(sign, q, etiny)
        ctx._st |= _SUB
        return _dec(sign, c, e)
    if n > prec:
        shift = n - prec
        q, inexact = _round_int(c, shift, sign, ctx._rounding)
        e += shift
        ctx._st |= (_RND | _INX) if inexact else _RND
        if inexact and q == _pow10(prec):
            # the increment carried into a new digit
            q //= 10
            e += 1
            if e + prec - 1 > emax:
                return _overflow(sign, ctx)
        return _dec(sign, q, e)
    return _dec(sign, c, e)


def _overflow(sign, ctx):
    ctx._st |= _OVF | _INX | _RND
    r = ctx._rounding
    if r == ROUND_HALF_EVEN or r == ROUND_HALF_UP or r == ROUND_HALF_DOWN or r == ROUND_UP or \
            (r == ROUND_CEILING and not sign) or (r == ROUND_FLOOR and sign):
        return _INF[sign]
    return _dec(sign, 10 ** ctx._prec - 1, ctx._Emax - ctx._prec + 1)


def _fixd(d, ctx):
    """mpd_qfinalize of any Decimal."""
    if d._is_special:
        if d._exp == 'F':
            return d
        return _fix_nan(d, ctx)
    return _fix(d._sign, d._int, d._exp, ctx)


def _fix_nan(d, ctx):
    """_mpd_fix_nan: keep the low prec - clamp digits of a NaN's payload."""
    p = ctx._prec - ctx._clamp
    if d._int and (d._int >= 10 ** p if p < 40 else _nd(d._int) > p):
        return _dec(d._sign, d._int % 10 ** p if p > 0 else 0, d._exp, True)
    return d


def _quiet(x, ctx):
    return _fix_nan(_dec(x._sign, x._int, 'n', True), ctx)


def _check_nan(ctx, a):
    """mpd_qcheck_nan: the NaN result of a one-operand operation, or None."""
    e = a._exp
    if e == 'n':
        return _fix_nan(a, ctx)
    if e == 'N':
        ctx._st |= _IO
        return _quiet(a, ctx)
    return None


def _check_nans(ctx, a, b):
    """mpd_qcheck_nans: the NaN result of a two-operand operation, or None."""
    ea, eb = a._exp, b._exp
    if ea == 'N':
        ctx._st |= _IO
        return _quiet(a, ctx)
    if eb == 'N':
        ctx._st |= _IO
        return _quiet(b, ctx)
    if ea == 'n':
        return _fix_nan(a, ctx)
    if eb == 'n':
        return _fix_nan(b, ctx)
    return None


def _check_3nans(ctx, a, b, c):
    """mpd_qcheck_3nans (powmod)."""
    for x in (a, b, c):
        if x._exp == 'N':
            ctx._st |= _IO
            return _quiet(x, ctx)
    for x in (a, b, c):
        if x._exp == 'n':
            return _fix_nan(x, ctx)
    return None


def _invalid(ctx, cond=_IO):
    ctx._st |= cond
    return _NAN


def _adj(d):
    """The adjusted exponent of a finite d (mpd_adjexp; a zero counts one digit)."""
    return d._exp + _nd(d._int) - 1


def _is_int(d):
    """_mpd_isint of a finite d."""
    if d._exp >= 0 or not d._int:
        return True
    k = -d._exp
    if k > 18 and k > _nd(d._int):
        return False
    return d._int % 10 ** k == 0


def _int_value(d):
    """The value of an integral finite d as an int."""
    v = d._int * 10 ** d._exp if d._exp >= 0 else d._int // 10 ** -d._exp
    return -v if d._sign else v


def _is_odd(d):
    """mpd_isodd of an integral finite d."""
    if not d._int or d._exp > 0:
        return False
    if d._exp == 0:
        return d._int & 1 == 1
    return (d._int // 10 ** -d._exp) & 1 == 1


def _tp_name(x):
    """Py_TYPE(x)->tp_name as CPython spells it in messages."""
    t = type(x)
    if t is Decimal:
        return 'decimal.Decimal'
    if t is Context:
        return 'decimal.Context'
    return t.__name__


# --- conversions to Decimal ---

def _ascii_numeric(s, strip):
    """numeric_as_ascii: Decimal() strips whitespace and drops underscores; create_decimal
    takes neither.  Other Unicode decimal digits become ASCII ones, Unicode spaces become
    ' ' (and then fail) and anything else non-ASCII makes the string invalid (None)."""
    if strip:
        s = s.strip()
        if '_' in s:
            s = s.replace('_', '')
    if not s.isascii():
        out = []
        for ch in s:
            if ch.isascii():
                out.append(ch)
            elif ch.isspace():
                out.append(' ')
            elif ch.isdecimal():
                out.append(str(int(ch)))
            else:
                return None
        s = ''.join(out)
    return s


def _parse(s, prec=MAX_PREC):
    """mpd_qset_string's syntax: (sign, coeff, exp, special) or None.  A NaN payload may
    have at most `prec` (prec - clamp) digits."""
    sign = 0
    c0 = s[:1]
    if c0 == '-':
        sign = 1
        s = s[1:]
    elif c0 == '+':
        s = s[1:]
    if s.isdigit():     # the common case: plain digits
        return sign, int(s), 0, False
    low = s.lower()
    if low[:1] in 'ins' and low:
        if low == 'inf' or low == 'infinity':
            return sign, 0, 'F', True
        if low.startswith('nan'):
            rest, code = low[3:], 'n'
        elif low.startswith('snan'):
            rest, code = low[4:], 'N'
        else:
            return None
        if not rest:
            return sign, 0, code, True
        if not rest.isdigit():
            return None
        rest = rest.lstrip('0')
        if len(rest) > prec:
            return None
        return sign, int(rest or '0'), code, True
    exp = 0
    epos = low.find('e')
    if epos >= 0:
        es = low[epos + 1:]
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


def _from_str_exact(s, context):
    """PyDecType_FromUnicodeExactWS: the exact value of s (a maxcontext conversion that
    signals InvalidOperation instead of rounding), signalled on `context`."""
    r = _parse(s) if s.isascii() and '_' not in s and s.strip() == s else None
    if r is None:
        t = _ascii_numeric(s, True)
        r = _parse(t) if t is not None else None
    if r is None:
        return _signal_now(context, _CSYN, _NAN)
    sign, c, e, special = r
    if special:
        return _dec(sign, c, e, True)
    if e + _nd(c) - 1 > MAX_EMAX or e < MIN_ETINY:
        return _signal_now(context, _IO, _NAN)
    return _dec(sign, c, e)


def _signal_now(context, st, result):
    ctx = getcontext() if context is None else context
    _signal(ctx, st)
    return result


def _from_float(f):
    """PyDecType_FromFloatExact: the exact value; a NaN is always positive."""
    if f != f:
        return _NAN
    sign = 1 if _math.copysign(1.0, f) < 0 else 0
    if f == _math.inf or f == -_math.inf:
        return _INF[sign]
    n, d = abs(f).as_integer_ratio()
    k = d.bit_length() - 1
    return _dec(sign, n * 5 ** k, -k)


def _from_int(i):
    if i < 0:
        return _dec(1, -i, 0)
    return _dec(0, int(i), 0)


def _tuple_parts(v):
    """dectuple_as_str's checks: (sign, digits as an int, exp) of a tuple or list."""
    if isinstance(v, list):
        v = tuple(v)
    if len(v) != 3:
        raise ValueError('argument must be a sequence of length 3')
    sign, digits, exp = v
    if not isinstance(sign, int) or sign not in (0, 1):
        raise ValueError('sign must be an integer with the value 0 or 1')
    if isinstance(exp, str):
        if exp not in ('F', 'n', 'N'):
            raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
    elif not isinstance(exp, int):
        raise ValueError('exponent must be an integer')
    elif not _SSIZE_MIN <= exp <= _SSIZE_MAX:
        raise OverflowError('Python int too large to convert to C ssize_t')
    if not isinstance(digits, (tuple, list)):
        raise ValueError('coefficient must be a tuple of digits')
    c = 0
    for dg in digits:
        if not isinstance(dg, int) or not 0 <= dg <= 9:
            raise ValueError('coefficient must be a tuple of digits')
        c = c * 10 + dg
    return int(sign), c, exp


def _from_tuple(v, context):
    """PyDecType_FromSequenceExact: the exact value of a DecimalTuple-like sequence."""
    sign, c, exp = _tuple_parts(v)
    if exp == 'F':
        return _INF[sign]
    if isinstance(exp, str):
        return _dec(sign, c, exp, True)
    if exp + _nd(c) - 1 > MAX_EMAX or exp < MIN_ETINY:
        return _signal_now(context, _IO, _NAN)
    return _dec(sign, c, exp)


def _conv(other):
    """convert_op: a Decimal for arithmetic, or NotImplemented."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _from_int(other)
    return NotImplemented


def _conv_raise(other):
    """convert_op with TYPE_ERR: methods and Context methods accept Decimal and int only."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _from_int(other)
    raise TypeError(f'conversion from {_tp_name(other)} to Decimal is not supported')


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
    """dec_addstatus: set the flags, then raise the first trapped signal with the list of
    trapped conditions and signals as its argument."""
    ctx._flags |= st
    trapped = st & ctx._traps
    if trapped:
        lst = [cls for bit, cls in _CONDITIONS if trapped & bit]
        for i in range(1, 9):
            if trapped & _SIGNAL_BITS[i]:
                lst.append(_SIGNALS[i])
        for i in range(9):
            if trapped & _SIGNAL_BITS[i]:
                raise _SIGNALS[i](lst)


def _done(ctx, result):
    st = ctx._st
    if st:
        ctx._st = 0
        _signal(ctx, st)
    return result


DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')

_PyHASH_MODULUS = _sys.hash_info.modulus
_PyHASH_INF = _sys.hash_info.inf
_PyHASH_10INV = pow(10, _PyHASH_MODULUS - 2, _PyHASH_MODULUS)


# --- conversions to strings (_mpd_to_string) ---

def _to_str(d, eng, capitals):
    sign = '-' if d._sign else ''
    if d._is_special:
        if d._exp == 'F':
            return sign + 'Infinity'
        tag = 'NaN' if d._exp == 'n' else 'sNaN'
        return sign + tag + (str(d._int) if d._int else '')
    digits = str(d._int)
    exp = d._exp
    if exp == 0:
        return sign + digits
    left = exp + len(digits)
    if exp < 0 and left > -6:
        dot = left
    elif not eng:
        dot = 1
    elif not d._int:
        dot = (exp + 2) % 3 - 1
    else:
        dot = 1 + (left - 1) % 3
    if dot <= 0:
        s = '0.' + '0' * -dot + digits
    elif dot >= len(digits):
        s = digits + '0' * (dot - len(digits))
    else:
        s = digits[:dot] + '.' + digits[dot:]
    if left != dot:
        s += ('E' if capitals else 'e') + '%+d' % (left - dot)
    return sign + s


# --- operator errors ---

_OP_SYMBOLS = {'add': '+', 'sub': '-', 'mul': '*', 'truediv': '/', 'floordiv': '//',
               'mod': '%', 'divmod': 'divmod()', 'pow': '** or pow()'}
_SEQUENCES = (str, bytes, bytearray, list, tuple)


def _op_fail(a, b, name):
    """Decimal `name` b for a b that is neither Decimal nor int.  CPython's C type is called
    'decimal.Decimal' in the interpreter's TypeError; a Python class cannot carry that
    name, so the reflected method of b is tried here and the error raised with C's text."""
    t = type(b)
    if name == 'mul' and t in _SEQUENCES:
        raise TypeError(f"can't multiply sequence by non-int of type '{_tp_name(a)}'")
    rop = getattr(t, '__r' + name + '__', None)
    if rop is not None:
        r = rop(b, a)
        if r is not NotImplemented:
            return r
    raise TypeError(f"unsupported operand type(s) for {_OP_SYMBOLS[name]}: "
                    f"'{_tp_name(a)}' and '{_tp_name(b)}'")


def _rop_fail(a, b, name):
    """b `name` a, called after b's own method gave up: raise CPython's TypeError."""
    t = type(b)
    if name == 'add':
        if t is str or t is list or t is tuple:
            raise TypeError(f'can only concatenate {t.__name__} (not "{_tp_name(a)}") to '
                            f'{t.__name__}')
        if t is bytes or t is bytearray:
            raise TypeError(f"can't concat {_tp_name(a)} to {t.__name__}")
    if name == 'mul' and t in _SEQUENCES:
        raise TypeError(f"can't multiply sequence by non-int of type '{_tp_name(a)}'")
    raise TypeError(f"unsupported operand type(s) for {_OP_SYMBOLS[name]}: "
                    f"'{_tp_name(b)}' and '{_tp_name(a)}'")


def _pow3_fail(args):
    """Ternary pow() with an operand that is neither Decimal nor int."""
    if any(isinstance(x, float) for x in args):
        raise TypeError('pow() 3rd argument not allowed unless all arguments are integers')
    raise TypeError('unsupported operand type(s) for ** or pow(): ' +
                    ', '.join(f"'{_tp_name(x)}'" for x in args))


_MISSING = object()
_cur_get = _current.get


def _cur():
    """The current context, its status cleared, for an operator."""
    ctx = _cur_get(None)
    if ctx is None:
        ctx = getcontext()
    ctx._st = 0
    return ctx


# Every operator looks the context up, and ContextVar.get is a Python method in Krait: read
# the current contextvars Context's mapping directly when the runtime offers it (checked
# once here), which is what ContextVar.get itself does.
try:
    from _asyncio import _get_context as _cv_context
    _probe = object()
    _token = _current.set(_probe)
    try:
        _fast_cur = _cv_context()._data.get(_current) is _probe
    finally:
        _current.reset(_token)
    del _probe, _token
except Exception:
    _fast_cur = False

if _fast_cur:
    def _cur():
        ctx = _cv_context()._data.get(_current)
        if ctx is None:
            ctx = getcontext()
        ctx._st = 0
        return ctx


def _rounding_arg(rounding):
    """getround: one of the ROUND_* strings."""
    if isinstance(rounding, str):
        for r in _ROUNDINGS:
            if rounding == r:
                return r
    raise TypeError(_ROUNDING_MSG)


# --- Decimal ---

class Decimal(object):
    __slots__ = ('_sign', '_int', '_exp', '_is_special')

    def __new__(cls, value=_MISSING, context=None, **kwargs):
        for k in kwargs:
            raise TypeError(f"'{k}' is an invalid keyword argument for this function")
        if context is not None and not isinstance(context, Context):
            raise TypeError('optional argument must be a context')
        t = type(value)
        if t is int and cls is Decimal:
            return _dec(1, -value, 0) if value < 0 else _dec(0, value, 0)
        if isinstance(value, str):
            d = _from_str_exact(value, context)
        elif isinstance(value, Decimal):
            d = value
        elif isinstance(value, int):
            d = _from_int(value)
        elif isinstance(value, float):
            _signal(getcontext() if context is None else context, _FLT)
            d = _from_float(value)
        elif isinstance(value, (tuple, list)):
            d = _from_tuple(value, context)
        elif value is _MISSING:
            d = _ZERO
        else:
            raise TypeError(f'conversion from {_tp_name(value)} to Decimal is not supported')
        if cls is Decimal and type(d) is Decimal:
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

    def __str__(self):
        return _to_str(self, False, getcontext()._capitals)

    def to_eng_string(self, context=None):
        if context is None:
            context = getcontext()
        elif not isinstance(context, Context):
            raise TypeError('optional argument must be a context')
        return _to_str(self, True, context._capitals)

    def __repr__(self):
        return "Decimal('" + _to_str(self, False, getcontext()._capitals) + "')"

    def __format__(self, spec, override=None):
        if not isinstance(spec, str):
            raise TypeError('format arg must be str')
        return _format(self, spec, getcontext(), override)

    # -- inspection --

    def as_tuple(self):
        if self._exp == 'F':
            return DecimalTuple(self._sign, (0,), 'F')
        if self._is_special and not self._int:
            return DecimalTuple(self._sign, (), self._exp)
        return DecimalTuple(self._sign, tuple(map(int, str(self._int))), self._exp)

    def as_integer_ratio(self):
        if self._is_special:
            if self._exp == 'F':
                raise OverflowError('cannot convert Infinity to integer ratio')
            raise ValueError('cannot convert NaN to integer ratio')
        n, e = self._int, self._exp
        if not n:
            return 0, 1
        if e >= 0:
            n, d = n * 10 ** e, 1
        else:
            d = 10 ** -e
            g = _math.gcd(n, d)
            n //= g
            d //= g
        return (-n if self._sign else n), d

    def adjusted(self):
        if self._is_special:
            return 0
        return self._exp + _nd(self._int) - 1

    def is_nan(self):
        return self._exp == 'n' or self._exp == 'N'

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
        ctx = _optctx(context)
        if self._is_special or not self._int:
            return False
        return self.adjusted() >= ctx._Emin

    def is_subnormal(self, context=None):
        ctx = _optctx(context)
        if self._is_special or not self._int:
            return False
        return self.adjusted() < ctx._Emin

    def number_class(self, context=None):
        ctx = _optctx(context)
        if self._exp == 'N':
            return 'sNaN'
        if self._exp == 'n':
            return 'NaN'
        s = '-' if self._sign else '+'
        if self._exp == 'F':
            return s + 'Infinity'
        if not self._int:
            return s + 'Zero'
        if self.adjusted() >= ctx._Emin:
            return s + 'Normal'
        return s + 'Subnormal'

    def canonical(self):
        return self

    def radix(self):
        return _dec(0, 10, 0)

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return _dec(0, 0, 0)

    def conjugate(self):
        return self

    def __complex__(self):
        return complex(float(self), 0.0)

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __sizeof__(self):
        return object.__sizeof__(self) + (8 * (_nd(self._int) // 19 + 1) if self._int else 0)

    # -- conversions to Python numbers --

    def __bool__(self):
        return self._is_special or self._int != 0

    def __float__(self):
        if self._is_special:
            if self._exp == 'N':
                raise ValueError('cannot convert signaling NaN to float')
            if self._exp == 'n':
                return float('-nan') if self._sign else float('nan')
        return float(_to_str(self, False, 1))

    def _to_int(self, rounding):
        """dec_as_long: round to an integer (no flags) and convert."""
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

    def __trunc__(self):
        return self._to_int(ROUND_DOWN)

    def __floor__(self):
        return self._to_int(ROUND_FLOOR)

    def __ceil__(self):
        return self._to_int(ROUND_CEILING)

    def __round__(self, n=_MISSING):
        if n is _MISSING:
            return self._to_int(ROUND_HALF_EVEN)
        if not isinstance(n, int):
            raise TypeError('optional arg must be an integer')
        if not _SSIZE_MIN <= n <= _SSIZE_MAX:
            raise OverflowError('Python int too large to convert to C ssize_t')
        ctx = _cur()
        q = _dec(0, 1, _SSIZE_MAX if n == _SSIZE_MIN else -n)
        return _done(ctx, _quantize(self, q, ctx))

    def __hash__(self):
        if self._is_special:
            if self._exp == 'N':
                raise TypeError('Cannot hash a signaling NaN value')
            if self._exp == 'n':
                return object.__hash__(self)
            return -_PyHASH_INF if self._sign else _PyHASH_INF
        e = self._exp
        if e >= 0:
            h = self._int * pow(10, e, _PyHASH_MODULUS) % _PyHASH_MODULUS
        else:
            h = self._int * pow(_PyHASH_10INV, -e, _PyHASH_MODULUS) % _PyHASH_MODULUS
        if self._sign:
            h = -h
        return -2 if h == -1 else h

    # -- comparisons (dec_richcompare) --

    def _cmp_prep(self, other, eq):
        """convert_op_cmp: (a, b) to compare numerically, or None for NotImplemented."""
        if isinstance(other, Decimal):
            return self, other
        if isinstance(other, int):
            return self, _from_int(other)
        if isinstance(other, float):
            ctx = getcontext()
            if eq:
                ctx._flags |= _FLT
            else:
                _signal(ctx, _FLT)
            return self, _from_float(other)
        if isinstance(other, complex):
            if not eq or other.imag != 0:
                return None
            getcontext()._flags |= _FLT
            return self, _from_float(other.real)
        if isinstance(other, _numbers.Rational):
            num = _from_int(other.numerator)
            if self._is_special:
                return self, num
            den = other.denominator
            return _dec(self._sign, self._int * den, self._exp), num
        return None

    def _rich(self, other, op):
        ab = self._cmp_prep(other, op >= 4)
        if ab is None:
            return NotImplemented
        a, b = ab
        if a._is_special or b._is_special:
            if a._exp in ('n', 'N') or b._exp in ('n', 'N'):
                # sNaNs and ordering comparisons signal InvalidOperation
                if op < 4 or a._exp == 'N' or b._exp == 'N':
                    _signal(getcontext(), _IO)
                return op == 5
        r = _cmp(a, b)
        if op == 0:
            return r < 0
        if op == 1:
            return r <= 0
        if op == 2:
            return r > 0
        if op == 3:
            return r >= 0
        if op == 4:
            return r == 0
        return r != 0

    def __lt__(self, other):
        return self._rich(other, 0)

    def __le__(self, other):
        return self._rich(other, 1)

    def __gt__(self, other):
        return self._rich(other, 2)

    def __ge__(self, other):
        return self._rich(other, 3)

    def __eq__(self, other):
        if type(other) is Decimal and not self._is_special and not other._is_special:
            return _cmp(self, other) == 0
        return self._rich(other, 4)

    def __ne__(self, other):
        return self._rich(other, 5)

    # -- arithmetic (the number methods use the current context) --

    def __add__(self, other):
        if type(other) is not Decimal:
            if isinstance(other, int):
                other = _from_int(other)
            elif isinstance(other, Decimal):
                pass
            else:
                return _op_fail(self, other, 'add')
        ctx = _cur()
        r = _add(self, other, ctx, other._sign)
        if ctx._st:
            return _done(ctx, r)
        return r

    def __radd__(self, other):
        o = _conv(other)
        if o is NotImplemented:
            return _rop_fail(self, other, 'add')
        ctx = _cur()
        return _done(ctx, _add(o, self, ctx, self._sign))

    def __sub__(self, other):
        if type(other) is not Decimal:
            if isinstance(other, int):
                other = _from_int(other)
            elif isinstance(other, Decimal):
                pass
            else:
                return _op_fail(self, other, 'sub')
        ctx = _cur()
        r = _add(self, other, ctx, 1 - other._sign)
        if ctx._st:
            return _done(ctx, r)
        return r

    def __rsub__(self, other):
        o = _conv(other)
        if o is NotImplemented:
            return _rop_fail(self, other, 'sub')
        ctx = _cur()
        return _done(ctx, _add(o, self, ctx, 1 - self._sign))

    def __mul__(self, other):
        if type(other) is not Decimal:
            if isinstance(other, int):
                other = _from_int(other)
            elif isinstance(other, Decimal):
                pass
            else:
                return _op_fail(self, other, 'mul')
        ctx = _cur()
        if self._is_special or other._is_special:
            return _done(ctx, _mul_special(self, other, ctx))
        r = _fix(self._sign ^ other._sign, self._int * other._int, self._exp + other._exp, ctx)
        if ctx._st:
            return _done(ctx, r)
        return r

    def __rmul__(self, other):
        o = _conv(other)
        if o is NotImplemented:
            return _rop_fail(self, other, 'mul')
        ctx = _cur()
        return _done(ctx, _mul(o, self, ctx))

    def __truediv__(self, other):
        o = _conv(other)
        if o is NotImplemented:
            return _op_fail(self, other, 'truediv')
        ctx = _cur()
        return _done(ctx, _div(self, o, ctx))

    def __rtruediv__(self, other):
        o = _conv(other)
        if o is NotImplemented:
            return _rop_fail(self, other, 'truediv')
        ctx = _cur()
        return _done(ctx, _div(o, self, ctx))

    def __floordiv__(self, other):
        o = _conv(other)
        if o is NotImplemented:
            return _op_fail(self, other, 'floordiv')
        ctx = _cur()
        return _done(ctx, _divint(self, o, ctx))

    def __rfloordiv__(self, other):
        o = _conv(other)
        if o is NotImplemented:
            return _rop_fail(self, other, 'floordiv')
        ctx = _cur()
        return _done(ctx, _divint(o, self, ctx))

    def __mod__(self, other):
        o = _conv(other)
        if o is NotImplemented:
            return _op_fail(self, other, 'mod')
        ctx = _cur()
        return _done(ctx, _rem(self, o, ctx))

    def __rmod__(self, other):
        o = _conv(other)
        if o is NotImplemented:
            return _rop_fail(self, other, 'mod')
        ctx = _cur()
        return _done(ctx, _rem(o, self, ctx))

    def __divmod__(self, other):
        o = _conv(other)
        if o is NotImplemented:
            return _op_fail(self, other, 'divmod')
        ctx = _cur()
        return _done(ctx, _divmod(self, o, ctx))

    def __rdivmod__(self, other):
        o = _conv(other)
        if o is NotImplemented:
            return _rop_fail(self, other, 'divmod')
        ctx = _cur()
        return _done(ctx, _divmod(o, self, ctx))

    def __pow__(self, other, modulo=None):
        o = _conv(other)
        if modulo is None:
            if o is NotImplemented:
                return _op_fail(self, other, 'pow')
            ctx = _cur()
            return _done(ctx, _pow(self, o, ctx))
        m = _conv(modulo)
        if o is NotImplemented or m is NotImplemented:
            _pow3_fail((self, other, modulo))
        ctx = _cur()
        return _done(ctx, _powmod(self, o, m, ctx))

    def __rpow__(self, other, modulo=None):
        o = _conv(other)
        if modulo is None:
            if o is NotImplemented:
                return _rop_fail(self, other, 'pow')
            ctx = _cur()
            return _done(ctx, _pow(o, self, ctx))
        m = _conv(modulo)
        if o is NotImplemented or m is NotImplemented:
            _pow3_fail((other, self, modulo))
        ctx = _cur()
        return _done(ctx, _powmod(o, self, m, ctx))

    def __neg__(self):
        ctx = _cur()
        return _done(ctx, _minus(self, ctx))

    def __pos__(self):
        ctx = _cur()
        return _done(ctx, _plus(self, ctx))

    def __abs__(self):
        ctx = _cur()
        return _done(ctx, _abs(self, ctx))

    # -- methods with an optional context --

    def exp(self, context=None):
        ctx = _getctx(context)
        return _done(ctx, _exp(self, ctx))

    def ln(self, context=None):
        ctx = _getctx(context)
        return _done(ctx, _ln(self, ctx))

    def log10(self, context=None):
        ctx = _getctx(context)
        return _done(ctx, _log10(self, ctx))

    def next_minus(self, context=None):
        ctx = _getctx(context)
        return _done(ctx, _next_minus(self, ctx))

    def next_plus(self, context=None):
        ctx = _getctx(context)
        return _done(ctx, _next_plus(self, ctx))

    def normalize(self, context=None):
        ctx = _getctx(context)
        return _done(ctx, _reduce(self, ctx))

    def sqrt(self, context=None):
        ctx = _getctx(context)
        return _done(ctx, _sqrt(self, ctx))

    def logb(self, context=None):
        ctx = _getctx(context)
        return _done(ctx, _logb(self, ctx))

    def logical_invert(self, context=None):
        ctx = _getctx(context)
        return _done(ctx, _invert(self, ctx))

    def to_integral_value(self, rounding=None, context=None):
        ctx = _getctx(context)
        if rounding is not None:
            rounding = _rounding_arg(rounding)
        return _done(ctx, _round_to_int(self, rounding or ctx._rounding, ctx, False))

    def to_integral(self, rounding=None, context=None):
        return self.to_integral_value(rounding, context)

    def to_integral_exact(self, rounding=None, context=None):
        ctx = _getctx(context)
        if rounding is not None:
            rounding = _rounding_arg(rounding)
        return _done(ctx, _round_to_int(self, rounding or ctx._rounding, ctx, True))

    def quantize(self, exp, rounding=None, context=None):
        ctx = _getctx(context)
        if rounding is not None:
            rounding = _rounding_arg(rounding)
        exp = _conv_raise(exp)
        if rounding is None or rounding == ctx._rounding:
            return _done(ctx, _quantize(self, exp, ctx))
        work = _workctx(ctx, rounding=rounding)
        r = _quantize(self, exp, work)
        ctx._st = work._st
        return _done(ctx, r)

    def _binary(self, other, context, kernel):
        ctx = _getctx(context)
        return _done(ctx, kernel(self, _conv_raise(other), ctx))

    def compare(self, other, context=None):
        return self._binary(other, context, _compare)

    def compare_signal(self, other, context=None):
        return self._binary(other, context, _compare_signal)

    def max(self, other, context=None):
        return self._binary(other, context, _max)

    def max_mag(self, other, context=None):
        return self._binary(other, context, _max_mag)

    def min(self, other, context=None):
        return self._binary(other, context, _min)

    def min_mag(self, other, context=None):
        return self._binary(other, context, _min_mag)

    def next_toward(self, other, context=None):
        return self._binary(other, context, _next_toward)

    def remainder_near(self, other, context=None):
        return self._binary(other, context, _rem_near)

    def logical_and(self, other, context=None):
        return self._binary(other, context, _logical_and)

    def logical_or(self, other, context=None):
        return self._binary(other, context, _logical_or)

    def logical_xor(self, other, context=None):
        return self._binary(other, context, _logical_xor)

    def rotate(self, other, context=None):
        return self._binary(other, context, _rotate)

    def scaleb(self, other, context=None):
        return self._binary(other, context, _scaleb)

    def shift(self, other, context=None):
        return self._binary(other, context, _shift)

    def fma(self, other, third, context=None):
        ctx = _getctx(context)
        b = _conv_raise(other)
        c = _conv_raise(third)
        return _done(ctx, _fma(self, b, c, ctx))

    def compare_total(self, other, context=None):
        _optctx(context)
        return _from_int(_cmp_total(self, _conv_raise(other)))

    def compare_total_mag(self, other, context=None):
        _optctx(context)
        return _from_int(_cmp_total(self.copy_abs(), _conv_raise(other).copy_abs()))

    def copy_sign(self, other, context=None):
        _optctx(context)
        other = _conv_raise(other)
        return _dec(other._sign, self._int, self._exp, self._is_special)

    def same_quantum(self, other, context=None):
        _optctx(context)
        other = _conv_raise(other)
        if self._is_special or other._is_special:
            return (self.is_nan() and other.is_nan()) or \
                (self._exp == 'F' and other._exp == 'F')
        return self._exp == other._exp

    def copy_abs(self):
        return _dec(0, self._int, self._exp, self._is_special)

    def copy_negate(self):
        return _dec(1 - self._sign, self._int, self._exp, self._is_special)


def _optctx(context):
    if context is None:
        return getcontext()
    if not isinstance(context, Context):
        raise TypeError('optional argument must be a context')
    return context


_NAN = _dec(0, 0, 'n', True)
_INF = (_dec(0, 0, 'F', True), _dec(1, 0, 'F', True))
_ZERO = _dec(0, 0, 0)
_ONE = _dec(0, 1, 0)


# --- comparison ---

def _cmp(a, b):
    """_mpd_cmp of non-NaN operands: -1, 0 or 1."""
    if a._is_special or b._is_special:
        if a._exp == 'F':
            if b._exp == 'F':
                return b._sign - a._sign
            return -1 if a._sign else 1
        return 1 if b._sign else -1
    ac, bc = a._int, b._int
    if not ac:
        if not bc:
            return 0
        return 1 if b._sign else -1
    if not bc:
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return b._sign - a._sign
    c = _cmp_coeff(ac, a._exp, bc, b._exp)
    return -c if a._sign else c


def _cmp_coeff(ac, ae, bc, be):
    """Compare the nonzero magnitudes ac*10**ae and bc*10**be."""
    if ae == be:
        return (ac > bc) - (ac < bc)
    na, nb = _nd(ac), _nd(bc)
    adja, adjb = ae + na - 1, be + nb - 1
    if adja != adjb:
        return 1 if adja > adjb else -1
    if ae > be:
        ac *= _pow10(ae - be)
    else:
        bc *= _pow10(be - ae)
    return (ac > bc) - (ac < bc)


def _cmp_abs(a, b):
    """_mpd_cmp_abs of non-NaN operands."""
    if a._is_special or b._is_special:
        if a._exp == 'F':
            return 0 if b._exp == 'F' else 1
        return -1
    if not a._int:
        return 0 if not b._int else -1
    if not b._int:
        return 1
    return _cmp_coeff(a._int, a._exp, b._int, b._exp)


def _cmp_total(a, b):
    """mpd_cmp_total."""
    if a._sign != b._sign:
        return b._sign - a._sign
    an, bn = a._exp in ('n', 'N'), b._exp in ('n', 'N')
    if an:
        c = 1
        if bn:
            qa, qb = a._exp == 'n', b._exp == 'n'
            if qa == qb:
                if a._int and b._int:
                    c = (a._int > b._int) - (a._int < b._int)
                else:
                    c = (a._int > 0) - (b._int > 0)
            else:
                c = qa - qb
    elif bn:
        c = -1
    else:
        c = _cmp_abs(a, b)
        if c == 0 and a._exp != b._exp:
            c = -1 if a._exp < b._exp else 1
    return -c if a._sign else c


def _cmp_numequal(a, b):
    """_mpd_cmp_numequal: order numerically equal operands by sign, then exponent."""
    if a._sign != b._sign:
        return b._sign - a._sign
    c = -1 if a._exp < b._exp else 1
    return -c if a._sign else c


def _compare(a, b, ctx):
    if a._is_special or b._is_special:
        r = _check_nans(ctx, a, b)
        if r is not None:
            return r
    c = _cmp(a, b)
    return _dec(1 if c < 0 else 0, 1 if c else 0, 0)


def _compare_signal(a, b, ctx):
    if a._is_special or b._is_special:
        r = _check_nans(ctx, a, b)
        if r is not None:
            ctx._st |= _IO
            return r
    c = _cmp(a, b)
    return _dec(1 if c < 0 else 0, 1 if c else 0, 0)


def _minmax(a, b, ctx, want, mag):
    """mpd_qmax/qmin/qmax_mag/qmin_mag: a quiet NaN loses to a number."""
    an, bn = a._exp in ('n', 'N'), b._exp in ('n', 'N')
    if a._exp == 'n' and not bn:
        r = b
    elif b._exp == 'n' and not an:
        r = a
    else:
        if an or bn:
            return _check_nans(ctx, a, b)
        c = _cmp_abs(a, b) if mag else _cmp(a, b)
        if c == 0:
            c = _cmp_numequal(a, b)
        if want > 0:
            r = b if c < 0 else a
        else:
            r = a if c < 0 else b
    return _fixd(r, ctx)


def _max(a, b, ctx):
    return _minmax(a, b, ctx, 1, False)


def _min(a, b, ctx):
    return _minmax(a, b, ctx, -1, False)


def _max_mag(a, b, ctx):
    return _minmax(a, b, ctx, 1, True)


def _min_mag(a, b, ctx):
    return _minmax(a, b, ctx, -1, True)


# --- arithmetic kernels ---

def _add(a, b, ctx, bsign):
    """mpd_qadd (bsign = b's sign) and mpd_qsub (bsign = the inverted sign)."""
    if a._is_special or b._is_special:
        r = _check_nans(ctx, a, b)
        if r is not None:
            return r
        if a._exp == 'F':
            if b._exp == 'F' and a._sign != bsign:
                return _invalid(ctx)
            return _INF[a._sign]
        return _INF[bsign]
    # _mpd_qaddsub: align to the smaller exponent; an operand far below the other's last
    # digit that counts is replaced by a sticky 1 (or 0) at that position.
    ac, ae, bc, be = a._int, a._exp, b._int, b._exp
    if ae == be:
        exp = ae
    elif ae > be:
        if ac:
            n = _nd(ac)
            lim = ae - 1 + (0 if n > ctx._prec else n - ctx._prec - 1)
            if (be + _nd(bc) - 1 if bc else be) < lim:
                bc, be = (1 if bc else 0), lim
            ac *= _pow10(ae - be)
        exp = be
    else:
        if bc:
            n = _nd(bc)
            lim = be - 1 + (0 if n > ctx._prec else n - ctx._prec - 1)
            if (ae + _nd(ac) - 1 if ac else ae) < lim:
                ac, ae = (1 if ac else 0), lim
            bc *= _pow10(be - ae)
        exp = ae
    asign = a._sign
    if asign == bsign:
        return _fix(bsign, ac + bc, exp, ctx)
    if ac > bc:
        return _fix(asign, ac - bc, exp, ctx)
    if ac < bc:
        return _fix(bsign, bc - ac, exp, ctx)
    return _fix(1 if ctx._rounding == ROUND_FLOOR else 0, 0, exp, ctx)


def _mul_special(a, b, ctx):
    r = _check_nans(ctx, a, b)
    if r is not None:
        return r
    # _mpd_qmul_inf
    if (a._exp == 'F' and not b._is_special and not b._int) or \
            (b._exp == 'F' and not a._is_special and not a._int):
        return _invalid(ctx)
    return _INF[a._sign ^ b._sign]


def _mul(a, b, ctx):
    if a._is_special or b._is_special:
        return _mul_special(a, b, ctx)
    return _fix(a._sign ^ b._sign, a._int * b._int, a._exp + b._exp, ctx)


def _div(a, b, ctx):
    """mpd_qdiv: prec + 1 digits of the quotient, a sticky digit for a remainder, trailing
    zeros removed down to the ideal exponent when exact."""
    sign = a._sign ^ b._sign
    if a._is_special or b._is_special:
        r = _check_nans(ctx, a, b)
        if r is not None:
            return r
        if a._exp == 'F':
            if b._exp == 'F':
                return _invalid(ctx)
            return _INF[sign]
        ctx._st |= _CLP
        return _dec(sign, 0, ctx._Emin - ctx._prec + 1)
    if not b._int:
        if not a._int:
            return _invalid(ctx, _DUND)
        ctx._st |= _DBZ
        return _INF[sign]
    if not a._int:
        return _fix(sign, 0, a._exp - b._exp, ctx)
    ac, bc = a._int, b._int
    shift = _nd(bc) - _nd(ac) + ctx._prec + 1
    ideal = a._exp - b._exp
    exp = ideal - shift
    if shift > 0:
        q, r = divmod(ac * _pow10(shift), bc)
    elif shift < 0:
        q, r = divmod(ac, bc * _pow10(-shift))
    else:
        q, r = divmod(ac, bc)
    if r:
        # libmpdec bumps a last digit 0 or 5 by one so that the rounding sees the nonzero
        # remainder; a sticky digit below it has the same effect without a division.
        q = q * 10 + 1
        exp -= 1
    elif shift > 0:
        q, k = _strip_zeros(q, ideal - exp)
        exp += k
    return _fix(sign, q, exp, ctx)


def _qdivmod(a, b, ctx):
    """_mpd_qdivmod of finite a by finite nonzero b: the unfinalized (q, r), or None
    (DivisionImpossible) when the integer quotient needs more than prec digits."""
    sign_ab = a._sign ^ b._sign
    ideal = a._exp if a._exp < b._exp else b._exp
    if not a._int:
        return _dec(sign_ab, 0, 0), _dec(a._sign, 0, ideal)
    na, nb = _nd(a._int), _nd(b._int)
    expdiff = (a._exp + na) - (b._exp + nb)
    if expdiff < 0:
        if a._exp > b._exp:
            r = _dec(a._sign, a._int * _pow10(a._exp - b._exp), ideal)
        else:
            r = a
        return _dec(sign_ab, 0, 0), r
    if expdiff > ctx._prec:
        ctx._st |= _DIMP
        return None
    ac, bc = a._int, b._int
    if a._exp > b._exp:
        ac *= _pow10(a._exp - b._exp)
    elif a._exp < b._exp:
        bc *= _pow10(b._exp - a._exp)
    q, r = divmod(ac, bc)
    if q >= _pow10(ctx._prec):
        ctx._st |= _DIMP
        return None
    return _dec(sign_ab, q, 0), _dec(a._sign, r, ideal)


def _divint(a, b, ctx):
    """mpd_qdivint (//)."""
    sign = a._sign ^ b._sign
    if a._is_special or b._is_special:
        r = _check_nans(ctx, a, b)
        if r is not None:
            return r
        if a._exp == 'F':
            if b._exp == 'F':
                return _invalid(ctx)
            return _INF[sign]
        return _dec(sign, 0, 0)
    if not b._int:
        if not a._int:
            return _invalid(ctx, _DUND)
        ctx._st |= _DBZ
        return _INF[sign]
    qr = _qdivmod(a, b, ctx)
    if qr is None:
        return _NAN
    return _fixd(qr[0], ctx)


def _rem(a, b, ctx):
    """mpd_qrem (%): the remainder has the sign of the dividend."""
    if a._is_special or b._is_special:
        r = _check_nans(ctx, a, b)
        if r is not None:
            return r
        if a._exp == 'F':
            return _invalid(ctx)
        return _fixd(a, ctx)
    if not b._int:
        if not a._int:
            return _invalid(ctx, _DUND)
        return _invalid(ctx)
    qr = _qdivmod(a, b, ctx)
    if qr is None:
        return _NAN
    return _fixd(qr[1], ctx)


def _divmod(a, b, ctx):
    """mpd_qdivmod."""
    sign = a._sign ^ b._sign
    if a._is_special or b._is_special:
        r = _check_nans(ctx, a, b)
        if r is not None:
            return r, r
        if a._exp == 'F':
            ctx._st |= _IO
            if b._exp == 'F':
                return _NAN, _NAN
            return _INF[sign], _NAN
        r = _fixd(a, ctx)
        return _dec(sign, 0, 0), r
    if not b._int:
        if not a._int:
            ctx._st |= _DUND
            return _NAN, _NAN
        ctx._st |= _DBZ | _IO
        return _INF[sign], _NAN
    qr = _qdivmod(a, b, ctx)
    if qr is None:
        return _NAN, _NAN
    q = _fixd(qr[0], ctx)
    return q, _fixd(qr[1], ctx)


def _rem_near(a, b, ctx):
    """mpd_qrem_near."""
    if a._is_special or b._is_special:
        r = _check_nans(ctx, a, b)
        if r is not None:
            return r
        if a._exp == 'F':
            return _invalid(ctx)
        return _fixd(a, ctx)
    if not b._int:
        if not a._int:
            return _invalid(ctx, _DUND)
        return _invalid(ctx)
    qr = _qdivmod(a, b, ctx)
    if qr is None:
        return _NAN
    q, r = qr
    if r._int and -1 <= _adj(b) - _adj(r) <= 1:
        # is r - b (same signs) or r + b smaller in magnitude?
        rv, bv = r._int, b._int
        if r._exp > b._exp:
            rv *= _pow10(r._exp - b._exp)
        elif r._exp < b._exp:
            bv *= _pow10(b._exp - r._exp)
        e = min(r._exp, b._exp)
        # r and the alternative as signed integers at exponent e
        rs = -rv if r._sign else rv
        alt = rs - (-bv if b._sign else bv) if a._sign == b._sign else rs + (-bv if b._sign else bv)
        if abs(alt) < rv or (abs(alt) == rv and q._int & 1):
            if q._int and q._int == 10 ** ctx._prec - 1:
                return _invalid(ctx, _DIMP)
            if alt:
                r = _dec(1 if alt < 0 else 0, abs(alt), e)
            else:
                r = _dec(0, 0, e)
    return _fixd(r, ctx)


def _rescale(d, exp, rounding):
    """_mpd_qrescale of a finite d (no context limits): (result, inexact or None if exact
    without rounding)."""
    if not d._int:
        return _dec(d._sign, 0, exp), None
    if d._exp >= exp:
        return _dec(d._sign, d._int * _pow10(d._exp - exp), exp), None
    q, inexact = _round_int(d._int, exp - d._exp, d._sign, rounding)
    return _dec(d._sign, q, exp), inexact


def _quantize(a, b, ctx):
    """mpd_qquantize."""
    if a._is_special or b._is_special:
        r = _check_nans(ctx, a, b)
        if r is not None:
            return r
        if a._exp == 'F' and b._exp == 'F':
            return a
        return _invalid(ctx)
    bexp = b._exp
    if bexp > ctx._Emax or bexp < ctx._Emin - ctx._prec + 1:
        return _invalid(ctx)
    if not a._int:
        return _fix(a._sign, 0, bexp, ctx)
    n = _nd(a._int)
    if n + a._exp - bexp > ctx._prec:
        return _invalid(ctx)
    r, inexact = _rescale(a, bexp, ctx._rounding)
    if r._int and (_nd(r._int) > ctx._prec or _adj(r) > ctx._Emax):
        return _invalid(ctx)
    if inexact is not None:
        ctx._st |= (_RND | _INX) if inexact else _RND
    return _fix(r._sign, r._int, r._exp, ctx)


def _round_to_int(a, rounding, ctx, exact):
    """_mpd_qround_to_integral (to_integral_value, to_integral_exact)."""
    if a._is_special:
        r = _check_nan(ctx, a)
        return a if r is None else r
    if a._exp >= 0:
        return a
    if not a._int:
        return _dec(a._sign, 0, 0)
    q, inexact = _round_int(a._int, -a._exp, a._sign, rounding)
    if exact:
        ctx._st |= (_RND | _INX) if inexact else _RND
    return _dec(a._sign, q, 0)


def _minus(a, ctx):
    if a._is_special:
        r = _check_nan(ctx, a)
        if r is not None:
            return r
        return _INF[1 - a._sign]
    if not a._int and ctx._rounding != ROUND_FLOOR:
        return _fix(0, 0, a._exp, ctx)
    return _fix(1 - a._sign, a._int, a._exp, ctx)


def _plus(a, ctx):
    if a._is_special:
        r = _check_nan(ctx, a)
        return a if r is None else r
    if not a._int and ctx._rounding != ROUND_FLOOR:
        return _fix(0, 0, a._exp, ctx)
    return _fix(a._sign, a._int, a._exp, ctx)


def _abs(a, ctx):
    if a._is_special:
        r = _check_nan(ctx, a)
        if r is not None:
            return r
    if a._sign:
        return _minus(a, ctx)
    return _plus(a, ctx)


def _reduce(a, ctx):
    """mpd_qreduce (normalize)."""
    if a._is_special:
        r = _check_nan(ctx, a)
        return a if r is None else r
    r = _fix(a._sign, a._int, a._exp, ctx)
    if r._is_special:
        return r
    if not r._int:
        return _dec(a._sign, 0, 0)
    maxexp = ctx._Emax - ctx._prec + 1 if ctx._clamp else ctx._Emax
    c, k = _strip_zeros(r._int, maxexp - r._exp)
    return _dec(r._sign, c, r._exp + k)


def _next(a, ctx, up):
    """mpd_qnext_plus / mpd_qnext_minus: only errors are signalled."""
    if a._is_special:
        r = _check_nan(ctx, a)
        if r is not None:
            return r
        if a._sign == (0 if up else 1):
            return a
        return _dec(1 if up else 0, 10 ** ctx._prec - 1, ctx._Emax - ctx._prec + 1)
    work = _workctx(ctx, rounding=ROUND_CEILING if up else ROUND_FLOOR)
    r = _fix(a._sign, a._int, a._exp, work)
    if work._st & (_INX | _ERRORS):
        ctx._st |= work._st & _ERRORS
        return r
    work._st = 0
    tiny = _dec(0, 1, ctx._Emin - ctx._prec)
    r = _add(a, tiny, work, 0 if up else 1)
    ctx._st |= work._st & _ERRORS
    return r


def _next_plus(a, ctx):
    return _next(a, ctx, True)


def _next_minus(a, ctx):
    return _next(a, ctx, False)


def _next_toward(a, b, ctx):
    if a._is_special or b._is_special:
        r = _check_nans(ctx, a, b)
        if r is not None:
            return r
    c = _cmp(a, b)
    if c == 0:
        return _dec(b._sign, a._int, a._exp, a._is_special)
    r = _next(a, ctx, c < 0)
    if r._exp == 'F':
        ctx._st |= _OVF | _RND | _INX
    elif not r._is_special and _adj(r) < ctx._Emin:
        ctx._st |= _UNF | _SUB | _RND | _INX
        if not r._int:
            ctx._st |= _CLP
    return r


def _fma(a, b, c, ctx):
    """mpd_qfma: the exact product, then one rounding in the addition; an invalid
    multiplication ends the operation (even with a signaling third operand)."""
    save = ctx._st
    ctx._st = 0
    if a._is_special or b._is_special:
        p = _mul_special(a, b, ctx)
    else:
        p = _dec(a._sign ^ b._sign, a._int * b._int, a._exp + b._exp)
    if not ctx._st & _IO:
        p = _add(p, c, ctx, c._sign)
    ctx._st |= save
    return p


def _logb(a, ctx):
    if a._is_special:
        r = _check_nan(ctx, a)
        return _INF[0] if r is None else r
    if not a._int:
        ctx._st |= _DBZ
        return _INF[1]
    adj = _adj(a)
    return _fix(1 if adj < 0 else 0, abs(adj), 0, ctx)


def _scaleb(a, b, ctx):
    if a._is_special or b._is_special:
        r = _check_nans(ctx, a, b)
        if r is not None:
            return r
    if b._is_special or b._exp != 0:
        return _invalid(ctx)
    n = b._int
    if n > _UINT_MAX or n > 2 * (ctx._Emax + ctx._prec):
        return _invalid(ctx)
    if a._exp == 'F':
        return a
    return _fix(a._sign, a._int, a._exp + (-n if b._sign else n), ctx)


def _shift_arg(a, b, ctx):
    """The checks shared by mpd_qshift and mpd_qrotate: the shift count, or a result."""
    if a._is_special or b._is_special:
        r = _check_nans(ctx, a, b)
        if r is not None:
            return None, r
    if b._is_special or b._exp != 0:
        return None, _invalid(ctx)
    n = b._int
    if n > ctx._prec:
        return None, _invalid(ctx)
    if a._exp == 'F':
        return None, a
    return (-n if b._sign else n), None


def _shift(a, b, ctx):
    n, r = _shift_arg(a, b, ctx)
    if r is not None:
        return r
    p = _pow10(ctx._prec)
    if n >= 0:
        c = a._int * _pow10(n) % p
    else:
        c = a._int % p // _pow10(-n)
    return _dec(a._sign, c, a._exp)


def _rotate(a, b, ctx):
    n, r = _shift_arg(a, b, ctx)
    if r is not None:
        return r
    prec = ctx._prec
    p = _pow10(prec)
    c = a._int % p
    if n < 0:
        n += prec
    c = c * _pow10(n) % p + c // _pow10(prec - n)
    return _dec(a._sign, c, a._exp)


def _logical_digits(d):
    """The digits of an operand of a logical operation, or None (InvalidOperation)."""
    if d._is_special or d._sign or d._exp != 0:
        return None
    s = str(d._int)
    if s.strip('01'):
        return None
    return s


def _logical(a, b, ctx, op):
    sa, sb = _logical_digits(a), _logical_digits(b)
    if sa is None or sb is None:
        return _invalid(ctx)
    n = max(len(sa), len(sb))
    sa, sb = sa.rjust(n, '0'), sb.rjust(n, '0')
    if op == 0:
        s = ''.join('1' if x == '1' and y == '1' else '0' for x, y in zip(sa, sb))
    elif op == 1:
        s = ''.join('1' if x == '1' or y == '1' else '0' for x, y in zip(sa, sb))
    else:
        s = ''.join('1' if x != y else '0' for x, y in zip(sa, sb))
    # _mpd_cap: keep the low prec digits
    return _dec(0, int(s[-ctx._prec:]), 0)


def _logical_and(a, b, ctx):
    return _logical(a, b, ctx, 0)


def _logical_or(a, b, ctx):
    return _logical(a, b, ctx, 1)


def _logical_xor(a, b, ctx):
    return _logical(a, b, ctx, 2)


def _invert(a, ctx):
    s = _logical_digits(a)
    if s is None:
        return _invalid(ctx)
    s = s.rjust(ctx._prec, '0')
    s = ''.join('0' if x == '1' else '1' for x in s)
    return _dec(0, int(s[-ctx._prec:]), 0)


def _sqrt(a, ctx):
    """mpd_qsqrt (the algorithm of decimal.py): exact when possible, otherwise a sticky
    digit and one half-even rounding."""
    if a._is_special:
        r = _check_nan(ctx, a)
        if r is not None:
            return r
        if a._sign:
            return _invalid(ctx)
        return a
    ideal = a._exp >> 1
    if not a._int:
        return _fix(a._sign, 0, ideal, ctx)
    if a._sign:
        return _invalid(ctx)
    prec = ctx._prec + 1
    c = a._int
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
    ideal -= shift
    n = _math.isqrt(c)
    if exact and n * n == c:
        if shift >= 0:
            n //= 10 ** shift
        else:
            n *= 10 ** -shift
        ideal += shift
    elif n % 5 == 0:
        n += 1
    work = _workctx(ctx, rounding=ROUND_HALF_EVEN)
    r = _fix(0, n, ideal, work)
    ctx._st |= work._st
    return r


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
    if z < 0:   # atanh is odd; floor division of a negative term would never reach 0
        return -_atanh_fixed(-z, w)
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
    """The correctly rounded (half-even, as libmpdec's allcr loops) result of an inexact
    function: approx(w) gives (value, exp, err) with the true value in
    (value - err, value + err) * 10**exp; refine until both ends round alike."""
    w = ctx._prec + 12
    work = _Work(ctx._prec, ROUND_HALF_EVEN, ctx._Emin, ctx._Emax, ctx._clamp)
    while True:
        v, e, err = approx(w)
        if v > err:
            work._st = 0
            lo = _fix(sign, (v - err) * 10 + 1, e - 1, work)
            st = work._st
            hi = _fix(sign, (v + err) * 10 - 1, e - 1, work)
            if lo._int == hi._int and lo._exp == hi._exp:
                st |= _INX | _RND
                if st & _SUB:
                    st |= _UNF
                ctx._st |= st
                return lo
        w += w // 2 + 10


def _is_pow10(c):
    return c == 10 ** (_nd(c) - 1)


def _exp(a, ctx):
    """mpd_qexp: correctly rounded, always half-even."""
    if a._is_special:
        r = _check_nan(ctx, a)
        if r is not None:
            return r
        return _ZERO if a._sign else a
    if not a._int:
        return _ONE
    adj = _adj(a)
    if adj + 1 > _EXPDIGITS:
        # t > MPD_EXP_MAX_T: certain overflow or underflow
        if not a._sign:
            ctx._st |= _OVF | _INX | _RND
            return _INF[0]
        ctx._st |= _INX | _RND | _SUB | _UNF | _CLP
        return _dec(0, 0, ctx._Emin - ctx._prec + 1)
    p = ctx._prec
    work = _Work(p, ROUND_HALF_EVEN, ctx._Emin, ctx._Emax, ctx._clamp)
    r = None
    if not a._sign and adj > len(str((ctx._Emax + 1) * 3)):
        r = _fix(0, 1, ctx._Emax + 1, work)
    elif a._sign and adj > len(str((p - ctx._Emin + 1) * 3)):
        r = _fix(0, 1, ctx._Emin - p, work)
    elif adj < -p - 3 and _cmp_coeff(a._int, a._exp, 9, -p - 4) <= 0:
        # _mpd_qexp_check_one at the working precision prec + 3: the result is 1, padded
        # to prec digits (a tiny negative argument does not make it 0.999...)
        r = _dec(0, 10 ** (p - 1), 1 - p)
    if r is not None:
        ctx._st |= work._st | _INX | _RND
        return r

    def approx(w):
        w2 = w + max(adj, 0) + 2
        sh = a._exp + w2
        x = a._int * 10 ** sh if sh >= 0 else a._int // 10 ** -sh
        if a._sign:
            x = -x
        v, k, err = _exp_fixed(x, w2)
        return v, k - w2, err + 2
    return _ziv(0, approx, ctx)


def _ln(a, ctx):
    """mpd_qln: correctly rounded, always half-even."""
    if a._is_special:
        r = _check_nan(ctx, a)
        if r is not None:
            return r
        if a._sign:
            return _invalid(ctx)
        return _INF[0]
    if not a._int:
        return _INF[1]
    if a._sign:
        return _invalid(ctx)
    adj = _adj(a)
    if adj == 0 and _is_pow10(a._int):
        return _ZERO
    t = 2 * (-adj - 1 if adj < 0 else adj)
    if len(str(t)) - 1 > ctx._Emax:
        ctx._st |= _OVF | _INX | _RND
        return _INF[1 if adj < 0 else 0]
    c, e = a._int, a._exp

    def approx(w):
        v = _ln_fixed(c, e, w)
        return abs(v), -w, 20
    return _ziv(1 if adj < 0 else 0, approx, ctx)


def _log10(a, ctx):
    """mpd_qlog10: exact for powers of ten, otherwise correctly rounded half-even."""
    if a._is_special:
        r = _check_nan(ctx, a)
        if r is not None:
            return r
        if a._sign:
            return _invalid(ctx)
        return _INF[0]
    if not a._int:
        return _INF[1]
    if a._sign:
        return _invalid(ctx)
    adj = _adj(a)
    if _is_pow10(a._int):
        work = _workctx(ctx, rounding=ROUND_HALF_EVEN)
        r = _fix(1 if adj < 0 else 0, abs(adj), 0, work)
        ctx._st |= work._st
        return r
    t = -adj - 1 if adj < 0 else adj
    if len(str(t)) - 1 > ctx._Emax:
        ctx._st |= _OVF | _INX | _RND
        return _INF[1 if adj < 0 else 0]
    c, e = a._int, a._exp

    def approx(w):
        v = _ln_fixed(c, e, w + 2)
        _, ln10 = _ln_consts(w + 2)
        v = v * 10 ** w // ln10
        return abs(v), -w, 20
    return _ziv(1 if adj < 0 else 0, approx, ctx)


# --- power ---

def _exp_digits(x):
    """mpd_exp_digits: the number of decimal digits of |x|."""
    return len(str(abs(x)))


def _pow(base, exp, ctx):
    """mpd_qpow."""
    if base._is_special or exp._is_special:
        r = _check_nans(ctx, base, exp)
        if r is not None:
            return r
    intexp = not exp._is_special and _is_int(exp)
    resultsign = 1 if intexp and base._sign and _is_odd(exp) else 0
    if not base._is_special and not base._int:
        if not exp._is_special and not exp._int:
            return _invalid(ctx)
        if exp._sign:
            return _INF[resultsign]
        return _dec(resultsign, 0, 0)
    if base._sign and not intexp:
        return _invalid(ctx)
    if exp._exp == 'F':
        # _qcheck_pow_one_inf
        c = _cmp(base, _ONE)
        if c == 0:
            ctx._st |= _INX | _RND
            return _dec(resultsign, 10 ** (ctx._prec - 1), 1 - ctx._prec)
        if exp._sign:
            c = -c
        if c < 0:
            return _dec(resultsign, 0, 0)
        return _INF[resultsign]
    if base._exp == 'F':
        if not exp._int:
            return _dec(resultsign, 1, 0)
        if exp._sign:
            return _dec(resultsign, 0, 0)
        return _INF[resultsign]
    if not exp._int:
        return _dec(resultsign, 1, 0)
    r = _pow_one(base, exp, resultsign, ctx)
    if r is None:
        r = _pow_bounds(base, exp, resultsign, ctx)
    if r is not None:
        return r
    if intexp:
        return _pow_int(base, exp, resultsign, ctx)
    r = _pow_real(base, exp, ctx)
    if not r._is_special and _cmp(r, _ONE) == 0:
        r = _dec(0, 10 ** (ctx._prec - 1), 1 - ctx._prec)
    if r._exp == 'F':
        # for ROUND_DOWN, ROUND_FLOOR, etc.
        return _fix(0, 1, _EXP_INF, ctx)
    return _fixd(r, ctx)


def _pow_one(base, exp, resultsign, ctx):
    """_qcheck_pow_one: the power of +-1, or None."""
    if _adj(base) != 0 or not _is_pow10(base._int):
        return None
    if _is_int(exp):
        if exp._sign:
            return _dec(resultsign, 1, 0)
        # 1.000**3 = 1.000000000: the exponent times the number of zero digits
        if base._exp == 0:
            shift = 0
        elif _adj(exp) > 20:
            shift = ctx._prec
        else:
            shift = _int_value(exp) * -base._exp
        if shift > ctx._prec - 1:
            shift = ctx._prec - 1
            ctx._st |= _RND
    else:
        shift = ctx._prec - 1
        ctx._st |= _INX | _RND
    return _dec(resultsign, 10 ** shift, -shift)


def _lower_bound_zeta(x):
    """_lower_bound_zeta: a lower bound for log10(abs(log10(x))) (x > 0, x != 1)."""
    t = _adj(x)
    if t > 0:
        return _exp_digits(t) - 1
    if t < -1:
        return _exp_digits(t + 1) - 1
    c, e = x._int, x._exp
    if e >= 0:
        d, de = c * 10 ** e - 1, 0
    else:
        d, de = c - 10 ** -e, e
    u = _nd(abs(d)) - 1 + de
    return u - 2 if t == 0 else u - 1


def _pow_bounds(x, y, resultsign, ctx):
    """_qcheck_pow_bounds: certain overflow or underflow of x**y, or None."""
    lb_theta = _adj(y)
    lb_zeta = _lower_bound_zeta(x)
    if (_adj(x) < 0) == (y._sign == 1):
        if _exp_digits(ctx._Emax) < lb_zeta + lb_theta:
            return _fix(resultsign, 1, _EXP_INF, ctx)
    else:
        etiny = ctx._Emin - ctx._prec + 1
        if _exp_digits(etiny) < lb_zeta + lb_theta:
            return _fix(resultsign, 1, etiny - 1, ctx)
    return None


def _pow_int(base, exp, resultsign, ctx):
    """_mpd_qpow_int: binary exponentiation at prec + (digits of exp) + 2, each step
    rounded half-even within the context's exponent limits, then one final rounding."""
    work = _Work(ctx._prec + _nd(exp._int) + exp._exp + 2, ROUND_HALF_EVEN,
                 ctx._Emin, ctx._Emax, 0)
    if exp._sign:
        work._prec += 1
        tbase = _div(_ONE, base, work)
        ctx._st |= work._st
        work._st = 0
    else:
        tbase = base
    if _nd(exp._int) + exp._exp <= 20 and _int_value(exp.copy_abs()) <= _UINT_MAX:
        n = abs(_int_value(exp))
        # _mpd_qpow_uint: left-to-right over the bits of n
        r = tbase
        mask = 1 << (n.bit_length() - 1)
        while True:
            mask >>= 1
            if not mask:
                break
            r = _mul(r, r, work)
            if n & mask:
                r = _mul(r, tbase, work)
            if r._is_special or (not r._int and work._st & _CLP):
                break
        ctx._st |= work._st
    else:
        # _mpd_qpow_mpd: right-to-left; the status of the last squarings is dropped
        n = abs(_int_value(exp))
        r = _ONE
        while n:
            if n & 1:
                r = _mul(r, tbase, work)
                ctx._st |= work._st
                if r._is_special or (not r._int and work._st & _CLP):
                    break
            tbase = _mul(tbase, tbase, work)
            n >>= 1
    if r._exp == 'F':
        return _fix(resultsign, 1, _EXP_INF, ctx)
    return _fix(resultsign, r._int, r._exp, ctx)


def _pow_real(base, exp, ctx):
    """_mpd_qpow_real: exp(y * ln(x)) with ln and the product rounded to
    max(digits(x), prec) + 23 digits and the exponential correctly rounded to that
    precision; libmpdec then rounds once more to the context."""
    wprec = max(_nd(base._int), ctx._prec) + 4 + _EXPDIGITS
    work = _Work(wprec)
    r = _ln(base, work)
    r = _mul(r, exp, work)
    wexp = _Work(wprec)
    r = _exp(r, wexp)
    ctx._st |= wexp._st | (work._st & _ERRORS) | _INX | _RND
    return r


def _powmod(base, exp, mod, ctx):
    """mpd_qpowmod: (base**exp) % mod for integral operands, exact."""
    if base._is_special or exp._is_special or mod._is_special:
        r = _check_3nans(ctx, base, exp, mod)
        if r is not None:
            return r
        return _invalid(ctx)
    if not (_is_int(base) and _is_int(exp) and _is_int(mod)):
        return _invalid(ctx)
    if not mod._int:
        return _invalid(ctx)
    if _nd(mod._int) + mod._exp > ctx._prec:
        return _invalid(ctx)
    sign = 1 if base._sign and _is_odd(exp) else 0
    if not exp._int:
        if not base._int:
            return _invalid(ctx)
        return _dec(sign, 0 if _cmp_abs(mod, _ONE) == 0 else 1, 0)
    if exp._sign:
        return _invalid(ctx)
    if not base._int:
        return _dec(sign, 0, 0)
    m = abs(_int_value(mod))
    if base._exp >= 0:
        b = base._int % m * pow(10, base._exp, m) % m
    else:
        b = abs(_int_value(base)) % m
    if exp._exp > 0:
        for _ in range(exp._exp):
            b = pow(b, 10, m)
        e = exp._int
    else:
        e = abs(_int_value(exp))
    return _dec(sign, pow(b, e, m), 0)


# --- __format__ (mpd_parse_fmt_str, mpd_qformat_spec) ---

def _parse_spec(spec, caps):
    """[[fill]align][sign][0][width][,][.prec][type]; 'z' is removed by the caller."""
    n = len(spec)
    i = 0
    fill, align, have_align = ' ', '>', False
    if n >= 2 and spec[1] in '<>=^':
        fill, align, have_align = spec[0], spec[1], True
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        align, have_align = spec[0], True
        i = 1
    sign = '-'
    if i < n and spec[i] in '+- ':
        sign = spec[i]
        i += 1
    if i < n and spec[i] == '0':
        # zero padding implies alignment, which must not be given twice
        if have_align:
            raise ValueError('invalid format string')
        align, fill = 'z', '0'
        i += 1
    width = 0
    if i < n and spec[i].isdigit() and spec[i].isascii():
        if spec[i] == '0':
            raise ValueError('invalid format string')
        j = i
        while i < n and spec[i].isdigit() and spec[i].isascii():
            i += 1
        width = int(spec[j:i])
    dot, sep, grouping = '', '', ()
    if i < n and spec[i] == ',':
        dot, sep, grouping = '.', ',', (3, 3)
        i += 1
    prec = -1
    if i < n and spec[i] == '.':
        i += 1
        j = i
        while i < n and spec[i].isdigit() and spec[i].isascii():
            i += 1
        if i == j:
            raise ValueError('invalid format string')
        prec = int(spec[j:i])
    typ = 'G' if caps else 'g'
    if i < n and spec[i] in 'EeFfGg%':
        typ = spec[i]
        i += 1
    elif i < n and spec[i] in 'Nn':
        # the locale's conventions; CPython leaves LC_NUMERIC at "C"
        if sep:
            raise ValueError('invalid format string')
        typ = 'G' if spec[i] == 'N' else 'g'
        dot, sep, grouping = '.', '', ()
        i += 1
    if i != n:
        raise ValueError('invalid format string')
    return fill, align, sign, width, dot, sep, grouping, prec, typ


def _round_digits(d, prec, rounding):
    """_mpd_round: d (finite, nonzero) to prec significant digits."""
    exp = d._exp + _nd(d._int) - prec
    r, _ = _rescale(d, exp, rounding)
    if _nd(r._int) > prec:
        r, _ = _rescale(r, exp + 1, rounding)
    return r


def _format(d, spec, ctx, override):
    # _decimal.c strips the 'z' option after [[fill]align][sign] before parsing.
    no_neg_0 = False
    pos = 1
    if pos < len(spec) and spec[pos] in '<>=^':
        pos += 1
    else:
        pos = 0
        if pos < len(spec) and spec[pos] in '<>=^':
            pos += 1
    if pos < len(spec) and spec[pos] in '+- ':
        pos += 1
    if pos < len(spec) and spec[pos] == 'z':
        no_neg_0 = True
        spec = spec[:pos] + spec[pos + 1:]
    fill, align, sign, width, dot, sep, grouping, prec, typ = _parse_spec(spec, ctx._capitals)
    if override is not None:
        if not isinstance(override, dict):
            raise TypeError('optional argument must be a dict')
        dot = override.get('decimal_point', dot)
        sep = override.get('thousands_sep', sep)
        g = override.get('grouping', None)
        if g is not None:
            grouping = tuple(ord(ch) for ch in g)
        if not isinstance(dot, str) or not isinstance(sep, str) or \
                not 0 < len(dot) <= 4 or len(sep) > 4:
            raise ValueError('invalid override dict')
    rounding = ctx._rounding
    if no_neg_0 and d._sign and not d._is_special:
        # round as the formatting will; a negative zero result loses its sign
        t = d
        if prec >= 0:
            if typ == 'f':
                t, _ = _rescale(t, -prec, rounding)
            elif typ == '%':
                t, _ = _rescale(_dec(t._sign, t._int, t._exp + 2), -prec, rounding)
            elif typ == 'g':
                p = prec or 1
                if _nd(t._int) > p:
                    t = _round_digits(t, p, rounding)
            elif typ == 'e':
                if t._int:
                    t = _round_digits(t, prec + 1, rounding)
        if not t._int:
            d = _dec(0, 0, t._exp)
    if width > MAX_PREC:
        raise ValueError('format specification exceeds internal limits of _decimal')
    upper = typ.isupper()
    typ = typ.lower()
    signch = '-' if d._sign else ('' if sign == '-' else sign)
    if d._is_special:
        if align == 'z':
            fill, align = ' ', '>'
        if d._exp == 'F':
            body = 'Infinity'
        else:
            body = ('NaN' if d._exp == 'n' else 'sNaN') + (str(d._int) if d._int else '')
        s = signch + body + ('%' if typ == '%' else '')
    else:
        dplace = 1
        if typ == '%':
            d = _dec(d._sign, d._int, d._exp + 2)
            typ = 'f'
            percent = True
        else:
            percent = False
        if prec >= 0:
            if typ == 'g':
                p = prec or 1
                if _nd(d._int) > p:
                    d = _round_digits(d, p, rounding)
            elif typ == 'e':
                if not d._int:
                    dplace = 1 - prec
                else:
                    d = _round_digits(d, prec + 1, rounding)
            else:
                d, _ = _rescale(d, -prec, rounding)
        if typ == 'f' and not d._int and d._exp > 0:
            d, _ = _rescale(d, 0, rounding)
        digits = str(d._int)
        ldigits = len(digits) + d._exp
        if typ == 'e':
            pass
        elif typ == 'f' or (d._exp <= 0 and ldigits > -6):
            dplace = ldigits
        if dplace <= 0:
            body = '0.' + '0' * -dplace + digits
        elif dplace >= len(digits):
            body = digits + '0' * (dplace - len(digits))
        else:
            body = digits[:dplace] + '.' + digits[dplace:]
        if ldigits != dplace or typ == 'e':
            body += ('E' if upper else 'e') + '%+d' % (ldigits - dplace)
        if percent:
            body += '%'
        if dot:
            body, nchars = _apply_lconv(signch, body, dot, sep, grouping, align, width)
            s = body
        else:
            s = signch + body
    if len(s) < width:
        add = width - len(s)
        if align == 'z':
            align = '='
        if align == '<':
            s = s + fill * add
        elif align == '^':
            s = fill * (add // 2) + s + fill * (add - add // 2)
        elif align == '=' and s[:1] in ('-', '+', ' '):
            s = s[0] + fill * add + s[1:]
        else:
            s = fill * add + s
    return s


def _apply_lconv(signch, body, dot, sep, grouping, align, width):
    """_mpd_apply_lconv / _mpd_add_sep_dot: the decimal point, thousands separators and
    (for '0' padding) leading zeros that continue the grouping."""
    i = 0
    while i < len(body) and body[i].isdigit():
        i += 1
    intpart = body[:i]
    rest = body[i:]
    if rest[:1] == '.':
        rest = rest[1:]
    else:
        dot = None
        if not sep or not grouping:
            return signch + body, 0
    out = [rest]
    nchars = len(rest)
    if dot is not None:
        out.append(dot)
        nchars += 1
    n_sign = 1 if signch else 0
    gi = 0
    g = grouping[0] if grouping else 0
    consume = g
    n_src = len(intpart)
    pad = False
    while True:
        g = grouping[gi] if grouping else 0
        if g == 0 or g == 127 or consume > n_src:
            consume = n_src
        n_src -= consume
        if pad:
            out.append('0' * consume)
        else:
            out.append(intpart[n_src:n_src + consume])
        nchars += consume
        if n_src == 0:
            if align == 'z' and nchars + n_sign < width:
                n_src = width - (nchars + n_sign)
                consume = g - consume
                pad = True
                continue
            break
        if sep:
            if pad and n_src > 1:
                n_src -= 1
            out.append(sep)
            nchars += 1
        if gi + 1 < len(grouping) and grouping[gi] and grouping[gi + 1]:
            gi += 1
        consume = grouping[gi] if grouping else 0
    out.append(signch)
    return ''.join(reversed(out)), nchars


# --- Context ---

class _SignalDictMixin:
    __slots__ = ()


class _SignalDict(_SignalDictMixin, _MutableMapping):
    """A context's flags or traps: a mapping of the nine signals to bools, backed by the
    context's status bits."""
    __slots__ = ('_ctx', '_attr')

    def __init__(self, ctx, attr):
        self._ctx = ctx
        self._attr = attr

    def __getitem__(self, key):
        bit = _SIGNAL_BIT.get(key) if type(key) is type else None
        if bit is None:
            raise KeyError(_SIGNALS_MSG)
        return bool(getattr(self._ctx, self._attr) & bit)

    def __setitem__(self, key, value):
        bit = _SIGNAL_BIT.get(key) if type(key) is type else None
        if bit is None:
            raise KeyError(_SIGNALS_MSG)
        v = getattr(self._ctx, self._attr)
        setattr(self._ctx, self._attr, (v | bit) if value else (v & ~bit))

    def __delitem__(self, key):
        raise ValueError('signal keys cannot be deleted')

    def __iter__(self):
        return iter(_SIGNALS)

    def __len__(self):
        return 9

    def __contains__(self, key):
        return type(key) is type and key in _SIGNAL_BIT

    def copy(self):
        v = getattr(self._ctx, self._attr)
        return {s: bool(v & b) for s, b in zip(_SIGNALS, _SIGNAL_BITS)}

    def __eq__(self, other):
        v = getattr(self._ctx, self._attr)
        if isinstance(other, _SignalDict):
            return v == getattr(other._ctx, other._attr)
        if isinstance(other, dict):
            if not other:
                raise ValueError('invalid signal dict')
            try:
                return v == _dict_bits(other)
            except KeyError:
                return NotImplemented
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    __hash__ = None

    def __repr__(self):
        v = getattr(self._ctx, self._attr)
        return '{' + ', '.join(f"<class 'decimal.{s.__name__}'>:{bool(v & b)}"
                               for s, b in zip(_SIGNALS, _SIGNAL_BITS)) + '}'


_SignalDictMixin.__name__ = _SignalDictMixin.__qualname__ = 'SignalDictMixin'
_SignalDict.__name__ = _SignalDict.__qualname__ = 'SignalDict'
_SignalDict.__module__ = 'abc'   # as CPython's, created with type() from C


def _dict_bits(v):
    """dict_as_flags."""
    if isinstance(v, _SignalDict):
        return getattr(v._ctx, v._attr)
    if not isinstance(v, dict):
        raise TypeError('argument must be a signal dict')
    if len(v) != 9:
        raise KeyError('invalid signal dict')
    bits = 0
    for s, b in zip(_SIGNALS, _SIGNAL_BITS):
        if s not in v:
            raise KeyError('invalid signal dict')
        if v[s]:
            bits |= b
    return bits


def _list_bits(v):
    """list_as_flags."""
    bits = 0
    for k in v:
        bit = _SIGNAL_BIT.get(k) if type(k) is type else None
        if bit is None:
            raise KeyError(_SIGNALS_MSG)
        bits |= bit
    return bits


def _ssize_arg(v):
    """PyLong_AsSsize_t."""
    if not isinstance(v, int):
        raise TypeError('an integer is required')
    if not _SSIZE_MIN <= v <= _SSIZE_MAX:
        raise OverflowError('Python int too large to convert to C ssize_t')
    return int(v)


def _flag_names(bits):
    """mpd_lsnprint_signals with _decimal.c's names."""
    names = []
    io_done = False
    for j in range(15):
        if bits & (1 << j):
            if (1 << j) & _IO_ALL:
                if io_done:
                    continue
                io_done = True
            names.append(_REPR_NAMES[j])
    return '[' + ', '.join(names) + ']'


class Context(object):
    __slots__ = ('_prec', '_rounding', '_Emin', '_Emax', '_capitals', '_clamp', '_flags',
                 '_traps', '_st')

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None, **kwargs):
        for k in kwargs:
            raise TypeError(f"'{k}' is an invalid keyword argument for this function")
        # context_new copies the DefaultContext template (status and traps included), but
        # capitals always start at 1.
        t = _default_template
        if t is None:
            self._prec, self._rounding, self._Emin, self._Emax = 28, ROUND_HALF_EVEN, \
                -999999, 999999
            self._clamp, self._flags, self._traps = 0, 0, _IO_ALL | _DBZ | _OVF
        else:
            self._prec, self._rounding, self._Emin, self._Emax = t._prec, t._rounding, \
                t._Emin, t._Emax
            self._clamp, self._flags, self._traps = t._clamp, t._flags, t._traps
        self._capitals = 1
        self._st = 0
        self._setattrs(prec, rounding, Emin, Emax, capitals, clamp, flags, traps)

    def _setattrs(self, prec, rounding, Emin, Emax, capitals, clamp, flags, traps):
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
        if traps is not None:
            self._traps = _list_bits(traps) if isinstance(traps, list) else _dict_bits(traps)
        if flags is not None:
            self._flags = _list_bits(flags) if isinstance(flags, list) else _dict_bits(flags)

    @property
    def prec(self):
        return self._prec

    @prec.setter
    def prec(self, v):
        v = _ssize_arg(v)
        if not 1 <= v <= MAX_PREC:
            raise ValueError('valid range for prec is [1, MAX_PREC]')
        self._prec = v

    @property
    def rounding(self):
        return self._rounding

    @rounding.setter
    def rounding(self, v):
        self._rounding = _rounding_arg(v)

    @property
    def Emin(self):
        return self._Emin

    @Emin.setter
    def Emin(self, v):
        v = _ssize_arg(v)
        if not MIN_EMIN <= v <= 0:
            raise ValueError('valid range for Emin is [MIN_EMIN, 0]')
        self._Emin = v

    @property
    def Emax(self):
        return self._Emax

    @Emax.setter
    def Emax(self, v):
        v = _ssize_arg(v)
        if not 0 <= v <= MAX_EMAX:
            raise ValueError('valid range for Emax is [0, MAX_EMAX]')
        self._Emax = v

    @property
    def capitals(self):
        return self._capitals

    @capitals.setter
    def capitals(self, v):
        v = _ssize_arg(v)
        if v not in (0, 1):
            raise ValueError('valid values for capitals are 0 or 1')
        self._capitals = v

    @property
    def clamp(self):
        return self._clamp

    @clamp.setter
    def clamp(self, v):
        v = _ssize_arg(v)
        if v not in (0, 1):
            raise ValueError('valid values for clamp are 0 or 1')
        self._clamp = v

    @property
    def flags(self):
        return _SignalDict(self, '_flags')

    @flags.setter
    def flags(self, v):
        self._flags = _dict_bits(v)

    @property
    def traps(self):
        return _SignalDict(self, '_traps')

    @traps.setter
    def traps(self, v):
        self._traps = _dict_bits(v)

    def __delattr__(self, name):
        raise AttributeError('context attributes cannot be deleted')

    def Etiny(self):
        return self._Emin - self._prec + 1

    def Etop(self):
        return self._Emax - self._prec + 1

    def radix(self):
        return _dec(0, 10, 0)

    def clear_flags(self):
        self._flags = 0

    def clear_traps(self):
        self._traps = 0

    def copy(self):
        new = object.__new__(Context)
        new._prec, new._rounding, new._Emin, new._Emax = self._prec, self._rounding, \
            self._Emin, self._Emax
        new._capitals, new._clamp, new._flags, new._traps = self._capitals, self._clamp, \
            self._flags, self._traps
        new._st = 0
        return new

    def __copy__(self):
        return self.copy()

    def __reduce__(self):
        return (type(self), (self._prec, self._rounding, self._Emin, self._Emax,
                             self._capitals, self._clamp,
                             [s for s, b in zip(_SIGNALS, _SIGNAL_BITS) if self._flags & b],
                             [s for s, b in zip(_SIGNALS, _SIGNAL_BITS) if self._traps & b]))

    def __repr__(self):
        return (f'Context(prec={self._prec}, rounding={self._rounding}, Emin={self._Emin}, '
                f'Emax={self._Emax}, capitals={self._capitals}, clamp={self._clamp}, '
                f'flags={_flag_names(self._flags)}, traps={_flag_names(self._traps)})')

    # -- conversions --

    def create_decimal(self, num=_MISSING):
        self._st = 0
        if isinstance(num, Decimal):
            if num._exp in ('n', 'N') and num._int and \
                    _nd(num._int) > self._prec - self._clamp:
                # too many payload digits
                _signal(self, _CSYN)
                return _NAN
            return _done(self, _fixd(num, self))
        if isinstance(num, str):
            s = _ascii_numeric(num, False)
            r = _parse(s, self._prec - self._clamp) if s is not None else None
            if r is None:
                _signal(self, _CSYN)
                return _NAN
            sign, c, e, special = r
            if special:
                return _dec(sign, c, e, True)
            return _done(self, _fix(sign, c, e, self))
        if isinstance(num, int):
            return _done(self, _fix(1 if num < 0 else 0, abs(num), 0, self))
        if isinstance(num, (tuple, list)):
            sign, c, e = _tuple_parts(num)
            if e == 'F':
                return _INF[sign]
            if isinstance(e, str):
                if c and _nd(c) > self._prec - self._clamp:
                    _signal(self, _CSYN)
                    return _NAN
                return _dec(sign, c, e, True)
            return _done(self, _fix(sign, c, e, self))
        if isinstance(num, float):
            _signal(self, _FLT)
            return _done(self, _fixd(_from_float(num), self))
        if num is _MISSING:
            return _ZERO
        raise TypeError(f'conversion from {_tp_name(num)} to Decimal is not supported')

    def create_decimal_from_float(self, f):
        if isinstance(f, int):
            d = _from_int(f)
        elif isinstance(f, float):
            d = _from_float(f)
        else:
            raise TypeError('argument must be int or float')
        self._st = 0
        return _done(self, _fixd(d, self))

    def _apply(self, a):
        a = _conv_raise(a)
        self._st = 0
        return _done(self, _fixd(a, self))

    def copy_decimal(self, a):
        return _conv_raise(a)

    def canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError('argument must be a Decimal')
        return a

    def is_canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError('argument must be a Decimal')
        return True

    def to_sci_string(self, a):
        return _to_str(_conv_raise(a), False, self._capitals)

    def to_eng_string(self, a):
        return _to_str(_conv_raise(a), True, self._capitals)

    def number_class(self, a):
        return _conv_raise(a).number_class(self)

    def is_normal(self, a):
        return _conv_raise(a).is_normal(self)

    def is_subnormal(self, a):
        return _conv_raise(a).is_subnormal(self)

    def is_finite(self, a):
        return _conv_raise(a).is_finite()

    def is_infinite(self, a):
        return _conv_raise(a).is_infinite()

    def is_nan(self, a):
        return _conv_raise(a).is_nan()

    def is_qnan(self, a):
        return _conv_raise(a).is_qnan()

    def is_snan(self, a):
        return _conv_raise(a).is_snan()

    def is_signed(self, a):
        return _conv_raise(a).is_signed()

    def is_zero(self, a):
        return _conv_raise(a).is_zero()

    def copy_abs(self, a):
        return _conv_raise(a).copy_abs()

    def copy_negate(self, a):
        return _conv_raise(a).copy_negate()

    def copy_sign(self, a, b):
        a, b = _conv_raise(a), _conv_raise(b)
        return _dec(b._sign, a._int, a._exp, a._is_special)

    def compare_total(self, a, b):
        return _from_int(_cmp_total(_conv_raise(a), _conv_raise(b)))

    def compare_total_mag(self, a, b):
        return _from_int(_cmp_total(_conv_raise(a).copy_abs(), _conv_raise(b).copy_abs()))

    def same_quantum(self, a, b):
        return _conv_raise(a).same_quantum(_conv_raise(b))

    # -- arithmetic --

    def _unary(self, a, kernel):
        a = _conv_raise(a)
        self._st = 0
        return _done(self, kernel(a, self))

    def _binary(self, a, b, kernel):
        a, b = _conv_raise(a), _conv_raise(b)
        self._st = 0
        return _done(self, kernel(a, b, self))

    def abs(self, a):
        return self._unary(a, _abs)

    def exp(self, a):
        return self._unary(a, _exp)

    def ln(self, a):
        return self._unary(a, _ln)

    def log10(self, a):
        return self._unary(a, _log10)

    def logb(self, a):
        return self._unary(a, _logb)

    def logical_invert(self, a):
        return self._unary(a, _invert)

    def minus(self, a):
        return self._unary(a, _minus)

    def plus(self, a):
        return self._unary(a, _plus)

    def next_minus(self, a):
        return self._unary(a, _next_minus)

    def next_plus(self, a):
        return self._unary(a, _next_plus)

    def normalize(self, a):
        return self._unary(a, _reduce)

    def sqrt(self, a):
        return self._unary(a, _sqrt)

    def to_integral_value(self, a):
        a = _conv_raise(a)
        self._st = 0
        return _done(self, _round_to_int(a, self._rounding, self, False))

    def to_integral(self, a):
        return self.to_integral_value(a)

    def to_integral_exact(self, a):
        a = _conv_raise(a)
        self._st = 0
        return _done(self, _round_to_int(a, self._rounding, self, True))

    def add(self, a, b):
        a, b = _conv_raise(a), _conv_raise(b)
        self._st = 0
        return _done(self, _add(a, b, self, b._sign))

    def subtract(self, a, b):
        a, b = _conv_raise(a), _conv_raise(b)
        self._st = 0
        return _done(self, _add(a, b, self, 1 - b._sign))

    def multiply(self, a, b):
        return self._binary(a, b, _mul)

    def divide(self, a, b):
        return self._binary(a, b, _div)

    def divide_int(self, a, b):
        return self._binary(a, b, _divint)

    def remainder(self, a, b):
        return self._binary(a, b, _rem)

    def remainder_near(self, a, b):
        return self._binary(a, b, _rem_near)

    def divmod(self, a, b):
        return self._binary(a, b, _divmod)

    def compare(self, a, b):
        return self._binary(a, b, _compare)

    def compare_signal(self, a, b):
        return self._binary(a, b, _compare_signal)

    def max(self, a, b):
        return self._binary(a, b, _max)

    def max_mag(self, a, b):
        return self._binary(a, b, _max_mag)

    def min(self, a, b):
        return self._binary(a, b, _min)

    def min_mag(self, a, b):
        return self._binary(a, b, _min_mag)

    def next_toward(self, a, b):
        return self._binary(a, b, _next_toward)

    def quantize(self, a, b):
        return self._binary(a, b, _quantize)

    def scaleb(self, a, b):
        return self._binary(a, b, _scaleb)

    def rotate(self, a, b):
        return self._binary(a, b, _rotate)

    def shift(self, a, b):
        return self._binary(a, b, _shift)

    def logical_and(self, a, b):
        return self._binary(a, b, _logical_and)

    def logical_or(self, a, b):
        return self._binary(a, b, _logical_or)

    def logical_xor(self, a, b):
        return self._binary(a, b, _logical_xor)

    def power(self, a, b, modulo=None):
        a, b = _conv_raise(a), _conv_raise(b)
        self._st = 0
        if modulo is None:
            return _done(self, _pow(a, b, self))
        m = _conv_raise(modulo)
        self._st = 0
        return _done(self, _powmod(a, b, m, self))

    def fma(self, a, b, c):
        a, b, c = _conv_raise(a), _conv_raise(b), _conv_raise(c)
        self._st = 0
        return _done(self, _fma(a, b, c, self))


_default_template = None
DefaultContext = Context()
_default_template = DefaultContext
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[])

_numbers.Number.register(Decimal)
