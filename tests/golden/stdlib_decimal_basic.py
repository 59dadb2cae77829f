# decimal: construction, string forms, arithmetic with ints and floats, comparisons and
# hashing across numeric types, conversions, rounding and the arithmetic methods -- results,
# flags and exception arguments as CPython 3.11's C _decimal gives them.
import copy
import math
from decimal import *
from fractions import Fraction

D = Decimal


def show(label, f):
    try:
        r = f()
    except Exception as e:
        args = e.args
        if isinstance(e, DecimalException) and args and isinstance(args[0], list):
            args = [c.__name__ for c in args[0]]
        print(label, '!!', type(e).__name__, args)
    else:
        print(label, '->', repr(r))


def flags(ctx=None):
    ctx = ctx or getcontext()
    r = [s.__name__ for s, v in ctx.flags.items() if v]
    ctx.clear_flags()
    return r


print('-- construction')
for s in ['0', '-0', '1.50', ' 3.14 ', '\t-2.5e3\n', '1_000_000', '1e-7', '.5', '5.', '+7', '١٢٣',
          'Inf', '-infinity', 'nan', 'NaN123', '-sNaN45', 'nan0012', '1e999999999999', '0E-10',
          '', 'abc', '1e', '1.2.3', '--1', 'infinit', '1 2', 'NaN1.5', '0x10', '1e1_0', '²']:
    show('Decimal(%r)' % s, lambda: D(s))
for v in [0, -17, 10 ** 30, True, 0.1, -0.0, 1e300, 5e-324, float('inf'), float('-nan')]:
    show('Decimal(%r)' % (v,), lambda: D(v))
for t in [(0, (1, 2, 3), -2), (1, (0,), 0), (0, (), 5), (1, (), 'F'), (0, (1, 2), 'n'),
          (1, (3,), 'N'), [0, [4, 5], 1], (2, (1,), 0), (0, (10,), 0), (0, (1,), 'x'),
          (0, (1,), 1.5), (0, (1,)), (0, '12', 0)]:
    show('Decimal(%r)' % (t,), lambda: D(t))
for v in [None, 1j, Fraction(1, 2), b'1', [1]]:
    show('Decimal(%r)' % (v,), lambda: D(v))
show('from_float', lambda: (D.from_float(0.1), D.from_float(7), D.from_float(float('inf'))))
show('from_float str', lambda: D.from_float('1.5'))
show('context arg', lambda: D('1.23456', Context(prec=2)))
show('bad context arg', lambda: D('1', 5))
print(flags())

print('-- string forms')
for s in ['123', '-123.45', '1E+10', '1.5E-7', '0.000001', '1E-7', '0E+3', '-0E-8', '12345E+3',
          '123.456E-9', '1000', '1E+3', '100E-2', 'Infinity', '-NaN7', 'sNaN']:
    d = D(s)
    print(s, str(d), repr(d), d.to_eng_string())
with localcontext(capitals=0):
    print(D('1e20'), repr(D('-1.5e-30')), D('1e20').to_eng_string())

print('-- arithmetic')
a, b = D('7.25'), D('-2')
for name, f in [('+', lambda x, y: x + y), ('-', lambda x, y: x - y), ('*', lambda x, y: x * y),
                ('/', lambda x, y: x / y), ('//', lambda x, y: x // y), ('%', lambda x, y: x % y),
                ('divmod', divmod), ('**', lambda x, y: x ** y)]:
    show('%s %s %s' % (a, name, b), lambda: f(a, b))
    show('%s %s 3' % (a, name), lambda: f(a, 3))
    show('3 %s %s' % (name, a), lambda: f(3, a))
    show('%s %s 1.5' % (a, name), lambda: f(a, 1.5))
    show('1.5 %s %s' % (name, a), lambda: f(1.5, a))
    show('%s %s None' % (a, name), lambda: f(a, None))
show('str + D', lambda: 'x' + a)
show('D * str', lambda: a * 'x')
show('list * D', lambda: [1] * a)
show('pow3', lambda: (pow(D(3), 4, 5), pow(D(3), D(4), 5), pow(D(-3), 3, 5)))
show('pow3 float', lambda: pow(D(3), 4, 5.0))
show('pow3 str', lambda: pow(D(3), 4, 'x'))
show('unary', lambda: (-D('0'), +D('-0'), abs(D('-3.50')), -D('inf')))
show('zero division', lambda: D(1) / 0)
show('zero by zero', lambda: D(0) / 0)
show('int division', lambda: (D(-7) // 2, D(-7) % 2, divmod(D(7), D('-2.5'))))
show('power', lambda: (D(2) ** 100, D('1.5') ** 2, D(2) ** -3, D(10) ** D('0.5'), D(4) ** D('0.5')))
show('power special', lambda: (D(0) ** -1, D('-0') ** 3, D('inf') ** -2, D(-8) ** D('1.5')))
show('big', lambda: (D('9' * 30) + 1, D(10) ** 30 - 1, D(1) / D(3) * 3))
show('sum', lambda: (sum([D('0.1')] * 10), sum([D('0.1')] * 10) == 1, 0.1 * 10 == 1))
print(flags())

print('-- comparisons and hashing')
for other in [1, 1.5, 0.1, Fraction(3, 2), Fraction(1, 3), 1.5 + 0j, 2j, 'x', float('nan')]:
    for d in [D('1.5'), D('0.1'), D('nan'), D('-inf')]:
        show('%r == %r' % (d, other), lambda: d == other)
        show('%r < %r' % (d, other), lambda: d < other if not isinstance(other, (str, complex)) else None)
show('snan ==', lambda: D('snan') == 1)
show('nan <', lambda: D('nan') < 1)
show('float <', lambda: D('1.5') < 1.6)
with localcontext(traps=[FloatOperation]):
    show('trapped float ==', lambda: D('1.5') == 1.5)
    show('trapped float <', lambda: D('1.5') < 1.5)
    show('trapped ctor', lambda: D(1.5))
print(flags())
for d in [D('1'), D('1.00'), D('-1'), D('0.5'), D('1e100'), D('-0'), D('123.456e-7'), D('inf'),
          D('-inf')]:
    print(repr(d), hash(d), hash(d) == hash(float(d)), d.is_finite() and hash(d) == hash(Fraction(d)))
show('hash snan', lambda: hash(D('snan')))
show('set', lambda: len({D('1'), 1, 1.0, D('1.00'), Fraction(1)}))
show('sorted', lambda: sorted([D('1.10'), D('1.1'), 1, D('-0'), 0.5, Fraction(7, 5), D('-inf')]))
show('min/max', lambda: (min(D('1.0'), D(1)), max(D(1), D('1.0')), max([D(3), 2, D('2.9')])))

print('-- conversions')
for s in ['123.999', '-123.999', '2.5', '3.5', '-2.5', '1e30', '1e-30', '-0']:
    d = D(s)
    print(s, int(d), float(d), round(d), math.floor(d), math.ceil(d), math.trunc(d),
          d.as_integer_ratio(), complex(d), bool(d))
    show('round(%s, 1), round(%s, -1)' % (s, s), lambda: (round(d, 1), round(d, -1)))
for s in ['inf', 'nan', 'snan']:
    show('int(%s)' % s, lambda: int(D(s)))
    show('float(%s)' % s, lambda: str(float(D(s))))
    show('ratio(%s)' % s, lambda: D(s).as_integer_ratio())
    show('round(%s, 2)' % s, lambda: round(D(s), 2))
show('round bad', lambda: round(D(1), 1.5))
show('as_tuple', lambda: (D('-12.50').as_tuple(), D('inf').as_tuple(), D('nan7').as_tuple()))
show('adjusted', lambda: (D('123.45').adjusted(), D('0.001').adjusted(), D('nan').adjusted()))
show('Fraction', lambda: (Fraction(D('1.25')), Fraction(D('-0.1'))))
show('copy', lambda: (copy.copy(D('1.5')), copy.deepcopy([D('2.5')])))
show('reduce', lambda: D('1.50').__reduce__())


class Money(Decimal):
    def cents(self):
        return self.quantize(D('0.01'))


m = Money('12.345')
show('subclass', lambda: (m, type(m).__name__, m.cents(), type(m + 1).__name__,
                          type(D(m)).__name__, type(Money.from_float(0.5)).__name__))

print('-- rounding and quantize')
vals = ['2.5', '3.5', '-2.5', '2.51', '-2.49', '0.05', '-0.05', '9.99', '12345.6789']
for r in [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN,
          ROUND_HALF_EVEN, ROUND_05UP]:
    print(r, [str(D(v).quantize(D('0.1'), rounding=r)) for v in vals],
          [str(D(v).to_integral_value(rounding=r)) for v in vals])
show('quantize too long', lambda: D('123456789').quantize(D('0.01'), context=Context(prec=5)))
show('quantize exp range', lambda: D(1).quantize(D('1e1000000')))
show('quantize inf', lambda: (D('inf').quantize(D('inf')), D(1).quantize(D('inf'))))
show('quantize bad rounding', lambda: D(1).quantize(D(1), 'ROUND_SIDEWAYS'))
show('quantize float', lambda: D(1).quantize(0.1))
show('to_integral_exact', lambda: (D('2.5').to_integral_exact(), flags()))
show('round half even', lambda: (round(D('0.125'), 2), round(D('0.135'), 2), round(D('-1.5'))))

print('-- methods')
x, y = D('2'), D('-0.75')
for name in ['sqrt', 'exp', 'ln', 'log10', 'logb', 'normalize', 'next_plus', 'next_minus',
             'number_class', 'is_normal', 'is_subnormal', 'is_zero', 'is_signed', 'copy_abs',
             'copy_negate', 'logical_invert', 'to_eng_string', 'canonical', 'radix']:
    for v in [x, y, D('0'), D('-inf'), D('nan'), D('100.000'), D('1E-999999')]:
        show('%s(%r)' % (name, v), lambda: getattr(v, name)())
        print('   ', flags())
for name in ['compare', 'compare_signal', 'compare_total', 'compare_total_mag', 'copy_sign',
             'max', 'min', 'max_mag', 'min_mag', 'next_toward', 'remainder_near', 'same_quantum',
             'scaleb', 'rotate', 'shift', 'logical_and', 'logical_or', 'logical_xor']:
    for u, v in [(x, y), (D(1010), D(110)), (D('nan'), D(1)), (D(5), D('-3')), (D('1.0'), 1)]:
        show('%s(%r, %r)' % (name, u, v), lambda: getattr(u, name)(v))
        print('   ', flags())
show('fma', lambda: (D(2).fma(3, 4), D('inf').fma(0, D('snan')), D(10).fma(D('1e-30'), -10)))
show('method float arg', lambda: D(1).compare(1.5))
show('method bad context', lambda: D(1).sqrt(context=5))
show('exp/ln precision', lambda: (D(1).exp(), D(10).ln(), D('0.5').ln(), D('1e-10').exp()))
show('powers of ten', lambda: (D(1000).log10(), D('0.001').log10(), D('1.000').ln()))
print(flags())
