# decimal, differentially: a fixed pseudo-random sequence of operations on random operands
# (specials, zeros, long coefficients, exponents at the context limits) in random contexts
# (precision, rounding, Emin/Emax, clamp), printing each result with its flags.
import random
from decimal import *

R = random.Random(20240611)
ROUNDINGS = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN,
             ROUND_HALF_EVEN, ROUND_05UP]
SIGNALS = [InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow, Subnormal,
           Inexact, Rounded, Clamped]


def rand_context():
    prec = R.choice([1, 2, 3, 5, 7, 9, 12, 16, 28, 28, 34])
    r = R.random()
    if r < 0.4:
        emax, emin = 999999, -999999
    elif r < 0.8:
        emax, emin = R.randint(prec, prec + 30), -R.randint(0, 30)
    else:
        emax, emin = R.randint(0, 10), -R.randint(0, 10)
    return Context(prec=prec, rounding=R.choice(ROUNDINGS), Emax=emax, Emin=emin,
                   clamp=R.choice([0, 0, 1]), capitals=R.choice([0, 1]), traps=[])


def rand_digits(n):
    s = str(R.randint(1, 9)) + ''.join(R.choice('0123456789') for _ in range(n - 1))
    r = R.random()
    if r < 0.15:
        s = s[:max(1, n // 2)] + '0' * (n - max(1, n // 2))
    elif r < 0.25:
        s = '9' * n
    elif r < 0.3:
        s = '5' + '0' * (n - 1)
    return s


def rand_number(ctx):
    r = R.random()
    sign = R.choice(['', '', '-'])
    if r < 0.03:
        return sign + 'Infinity'
    if r < 0.05:
        return sign + 'NaN' + R.choice(['', '7', '123456'])
    if r < 0.06:
        return sign + 'sNaN' + R.choice(['', '12'])
    if r < 0.12:
        return sign + '0' + R.choice(['', '.000', 'E+3', 'E-5', 'E%d' % ctx.Etiny()])
    if r < 0.3:
        return sign + str(R.randint(1, 20))
    n = R.choice([1, 2, 3, 5, 8, ctx.prec, ctx.prec + 1, ctx.prec + 2, 2 * ctx.prec])
    er = R.random()
    if er < 0.5:
        e = R.randint(-n - 3, 3)
    elif er < 0.8:
        e = R.randint(-20, 20)
    else:
        e = R.choice([ctx.Emax, ctx.Emax - n + 1, ctx.Emax - n + 2, ctx.Emin - 1, ctx.Etiny(),
                      ctx.Etiny() - 1, ctx.Emin - n])
    return sign + rand_digits(n) + 'E' + str(e)


UNARY = ['plus', 'minus', 'abs', 'sqrt', 'exp', 'ln', 'log10', 'logb', 'normalize',
         'next_plus', 'next_minus', 'to_integral_value', 'to_integral_exact', 'number_class',
         'logical_invert', 'to_sci_string', 'to_eng_string']
BINARY = ['add', 'subtract', 'multiply', 'divide', 'divide_int', 'remainder', 'remainder_near',
          'divmod', 'power', 'compare', 'compare_signal', 'compare_total', 'max', 'min',
          'max_mag', 'min_mag', 'next_toward', 'quantize', 'same_quantum', 'scaleb', 'rotate',
          'shift', 'logical_and', 'logical_or', 'logical_xor', 'copy_sign']


def describe(x):
    if isinstance(x, tuple):
        return '(' + ', '.join(describe(y) for y in x) + ')'
    if isinstance(x, Decimal):
        return str(x)
    return repr(x)


for i in range(700):
    ctx = rand_context()
    k = R.random()
    try:
        if k < 0.25:
            op = R.choice(UNARY)
            a = Decimal(rand_number(ctx))
            desc = '%s(%s)' % (op, a)
            r = getattr(ctx, op)(a)
        elif k < 0.85:
            op = R.choice(BINARY)
            a, b = Decimal(rand_number(ctx)), Decimal(rand_number(ctx))
            if op in ('rotate', 'shift', 'scaleb') and R.random() < 0.7:
                b = Decimal(R.randint(-12, 12))
            elif op == 'power' and R.random() < 0.5:
                b = Decimal(R.choice(['2', '3', '-1', '-2', '0.5', '-0.5', '1.5', '10', '25',
                                      '0.25', '3.7', '1E+1']))
            elif op.startswith('logical') and R.random() < 0.8:
                a = Decimal(''.join(R.choice('01') for _ in range(R.randint(1, ctx.prec + 2))))
                b = Decimal(''.join(R.choice('01') for _ in range(R.randint(1, ctx.prec + 2))))
            elif op == 'quantize' and R.random() < 0.5:
                b = Decimal('1E%d' % R.randint(-8, 4))
            desc = '%s(%s, %s)' % (op, a, b)
            r = getattr(ctx, op)(a, b)
        elif k < 0.92:
            a, b, c = (Decimal(rand_number(ctx)) for _ in range(3))
            desc = 'fma(%s, %s, %s)' % (a, b, c)
            r = ctx.fma(a, b, c)
        else:
            a = Decimal(R.randint(-50, 50))
            b = Decimal(R.randint(0, 40))
            m = Decimal(R.randint(-999, 999))
            desc = 'power(%s, %s, %s)' % (a, b, m)
            r = ctx.power(a, b, m)
        out = describe(r)
    except Exception as e:
        out = '!! %s %s' % (type(e).__name__, e)
    flags = ','.join(s.__name__ for s in SIGNALS if ctx.flags[s])
    print(i, 'p=%d %s E=[%d,%d] c=%d' % (ctx.prec, ctx.rounding[6:], ctx.Emin, ctx.Emax, ctx.clamp),
          desc, '->', out, '[%s]' % flags)
