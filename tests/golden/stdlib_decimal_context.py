# decimal contexts: Context attributes and their validation, repr (flags in libmpdec's order),
# signal dicts, traps raising with their condition lists, localcontext keywords, create_decimal,
# the Context arithmetic methods, and format() specs.
import copy
from decimal import *

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


print('-- contexts')
print(getcontext())
print(DefaultContext)
print(BasicContext)
print(ExtendedContext)
c = Context(prec=5, rounding=ROUND_DOWN, Emin=-10, Emax=10, capitals=0, clamp=1,
            flags=[Inexact], traps=[Overflow, DivisionByZero])
print(c, c.prec, c.rounding, c.Emin, c.Emax, c.capitals, c.clamp, c.Etiny(), c.Etop())
print(c.flags)
print(c.traps)
for kw in ['prec=0', 'prec=1.5', "prec='3'", 'prec=True', 'prec=10**20', 'Emin=1', 'Emax=-1',
           'capitals=2', 'clamp=2', "rounding='ROUND_UP'", "rounding='up'", 'traps=[5]',
           'traps=(Inexact,)', 'traps={Inexact: 1}', 'flags=[ConversionSyntax]', 'flags={}', 'foo=1']:
    show('Context(%s)' % kw, lambda: Context(**eval('dict(%s)' % kw)))
show('setattr', lambda: setattr(c, 'prec', 0))
show('delattr', lambda: delattr(c, 'prec'))
show('set flags list', lambda: setattr(c, 'flags', [Inexact]))
show('copy', lambda: (c.copy(), copy.copy(c), copy.deepcopy(c) is c))
show('reduce', lambda: c.__reduce__())
show('signal dict', lambda: (len(c.flags), list(c.traps)[:3], Inexact in c.flags, 5 in c.flags,
                             c.flags.get(Inexact), c.flags.get(5), c.traps.copy()[Overflow]))
show('signal dict key', lambda: c.flags[ConversionSyntax])
show('signal dict del', lambda: c.flags.pop(Inexact))
show('signal dict eq', lambda: (c.flags == c.copy().flags, c.flags == dict.fromkeys(c.flags, False),
                                c.flags == 5))
c.flags[Rounded] = True
c.traps[Inexact] = 1
print(c)
c.clear_flags()
c.clear_traps()
print(c)

print('-- flags and traps')
ctx = Context(prec=5, Emax=10, Emin=-10, traps=[])
for s in ["D(1) / 3", "D(1) / 0", "D(0) / 0", "D(10) ** 20", "D('1e-10') / 10 ** 5",
          "D('1.5') < 1.5", "D('nan') < 1", "D(10) % 0", "divmod(D(10), 0)", "D(-1).sqrt()",
          "D('1e10').quantize(D('1e-10'))", "D(123456) * 10 ** 6", "ctx.create_decimal('abc')",
          "D(7).scaleb(100)", "D('1e-14') * 1", "D('9.99999e10') + 0"]:
    ctx.clear_flags()
    setcontext(ctx)
    show(s, lambda: eval(s))
    print('   ', ctx)
setcontext(DefaultContext)
for trap in [InvalidOperation, DivisionByZero, Overflow, Underflow, Subnormal, Inexact, Rounded,
             Clamped, FloatOperation]:
    with localcontext(Context(prec=5, Emax=10, Emin=-10, clamp=1, traps=[trap])):
        for s in ["D(1) / 3", "D(1) / 0", "D(0) / 0", "D(10) ** 20", "D('1e-14') * 1",
                  "D('1.5') > 1.5", "D(1.5)", "D('snan') + 1", "D('1e10') + 0", "divmod(D(1), 0)"]:
            show('%s: %s' % (trap.__name__, s), lambda: eval(s))
try:
    D(1) / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e, isinstance(e, ArithmeticError), isinstance(e, DecimalException))
try:
    D('junk')
except InvalidOperation as e:
    print(type(e).__name__, e)
print(getcontext())
getcontext().clear_flags()

print('-- localcontext')
with localcontext() as lc:
    lc.prec = 3
    print(D(2) / 3, lc is getcontext())
print(D(2) / 3)
with localcontext(prec=4, rounding=ROUND_UP, traps=[], flags=[Inexact]) as lc:
    print(lc, D(2) / 3)
with localcontext(Context(prec=2), prec=7, Emax=99) as lc:
    print(lc)
for kw in ['prec=0', 'rounding=1', 'traps=5', 'foo=1']:
    show('localcontext(%s)' % kw, lambda: localcontext(**eval('dict(%s)' % kw)))
show('localcontext(5)', lambda: localcontext(5))
show('setcontext(5)', lambda: setcontext(5))
setcontext(ExtendedContext)
print(getcontext() is ExtendedContext, getcontext(), D(1) / 0)
setcontext(DefaultContext)
getcontext().clear_flags()

print('-- create_decimal')
c = Context(prec=6, traps=[])
for v in ['3.14159265', ' 3.1', '1_000', '-0.0000001234567', 'nan1234567', 'nan123', '1e1000000',
          31415926, -0.1, D('1.23456789'), D('nan' + '9' * 10), (0, (1, 2, 3, 4, 5, 6, 7), -3),
          [1, [1], 'F'], (0, (1,) * 8, 'n')]:
    c.clear_flags()
    show('create_decimal(%r)' % (v,), lambda: c.create_decimal(v))
    print('   ', [s.__name__ for s, f in c.flags.items() if f])
show('create_decimal()', lambda: c.create_decimal())
show('create_decimal(None)', lambda: c.create_decimal(None))
show('create_decimal_from_float', lambda: (c.create_decimal_from_float(0.1),
                                           c.create_decimal_from_float(2 ** 70)))
show('create_decimal_from_float str', lambda: c.create_decimal_from_float('1'))

print('-- Context methods')
c = Context(prec=6, traps=[])
for name, args in [('add', (1, D('0.0000001'))), ('subtract', (D('1.5'), 2)),
                   ('multiply', (D('1.23'), 3)), ('divide', (1, 7)), ('divide_int', (10, 3)),
                   ('divmod', (-10, 3)), ('remainder', (-10, 3)), ('remainder_near', (10, 6)),
                   ('power', (2, 30)), ('power', (2, 10, 7)), ('power', (D('1.1'), D('0.5'))),
                   ('fma', (2, 3, 4)), ('sqrt', (2,)), ('exp', (1,)), ('ln', (10,)),
                   ('log10', (50,)), ('logb', (1234,)), ('abs', (-3,)), ('plus', (D('-0'),)),
                   ('minus', (0,)), ('normalize', (D('1.2000'),)), ('to_integral', (D('2.5'),)),
                   ('to_integral_exact', (D('2.5'),)), ('quantize', (D('1.2345'), D('0.01'))),
                   ('compare', (1, 2)), ('compare_signal', (D('nan'), 1)), ('max', (1, D('nan'))),
                   ('min_mag', (-3, 2)), ('next_plus', (1,)), ('next_toward', (1, 0)),
                   ('copy_sign', (1, -2)), ('number_class', (D('-0'),)), ('is_normal', (1,)),
                   ('is_zero', (0,)), ('same_quantum', (1, D('1.0'))), ('scaleb', (1, 3)),
                   ('shift', (123, 2)), ('rotate', (123, -1)), ('logical_and', (1100, 1010)),
                   ('logical_or', (1100, 1010)), ('logical_xor', (1100, 1010)),
                   ('logical_invert', (101,)), ('to_sci_string', (D('1e10'),)),
                   ('to_eng_string', (D('1e10'),)), ('copy_decimal', (5,)), ('canonical', (1,)),
                   ('is_canonical', (D(1),)), ('_apply', (D('1.23456789'),)), ('add', (1.5, 1)),
                   ('sqrt', ('2',))]:
    c.clear_flags()
    show('%s%r' % (name, args), lambda: getattr(c, name)(*args))
    print('   ', [s.__name__ for s, f in c.flags.items() if f])

print('-- format')
vals = ['0', '-0', '1234567.891', '-0.000012345', '1E+10', '9.995', 'Infinity', '-NaN12']
specs = ['', 'e', 'E', 'f', 'g', 'G', '%', 'n', '.0f', '.2f', '.3e', '.2g', '.1%', ',', ',.2f',
         '>12', '<12', '^12', '=12', '*^14.2f', '012.3f', '015,.2f', '+.1f', ' .1f', 'z.2f',
         '_', '00', ',n', 'x', '.f']
for v in vals:
    d = D(v)
    for s in specs:
        show('format(%s, %r)' % (v, s), lambda: format(d, s))
with localcontext(rounding=ROUND_DOWN, capitals=0):
    print(format(D('2.675'), '.2f'), format(D('1e30')), f"{D('-1.5'):+08.2f}", f"{D('1234.5'):,}")
