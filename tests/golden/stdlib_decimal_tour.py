# decimal as its documentation introduces it: context precision, quantize, signals, formats,
# conversions, and Fraction/math interplay.
from decimal import *
import decimal
print(Decimal('1.1') + Decimal('2.2'))
print(Decimal(1) / Decimal(7))
getcontext().prec = 28
print(Decimal(2).sqrt(), Decimal(10).ln(), Decimal(1).exp(), Decimal(100).log10())
print(Decimal('3.14159').quantize(Decimal('0.01')), Decimal('7.325').quantize(Decimal('.01'), rounding=ROUND_DOWN))
print(repr(Decimal(0.1)), Decimal('-0'), Decimal('1e10').normalize(), Decimal('NaN'), Decimal('-Infinity'))
print(getcontext())
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1)/Decimal(3))
print(f"{Decimal('1234.5678'):,.2f}", format(Decimal('0.000012'), 'e'), f"{Decimal('12.5'):>10}")
try:
    Decimal(1)/Decimal(0)
except DivisionByZero as e:
    print(type(e), e)
try:
    Decimal('abc')
except InvalidOperation as e:
    print(type(e), e)
print(sum([Decimal('0.1')]*10), Decimal('1.30') * 2, round(Decimal('2.675'), 2), int(Decimal('-3.7')), float(Decimal('1.5')))
print(Decimal('1.5') == 1.5, Decimal(3) < 4, hash(Decimal('1.0')) == hash(1), Decimal('10') ** 20, Decimal(2) ** Decimal('0.5'))
print(Decimal('123.456').as_tuple(), Decimal(5).as_integer_ratio(), Decimal('0.125').as_integer_ratio())
print(divmod(Decimal(7), Decimal(-2)), Decimal(7) % Decimal(-2), Decimal(-7) // Decimal(2))
print(sorted([Decimal('2.1'), Decimal('1'), Decimal('-3')]), max(Decimal(1), Decimal('1.0')))
c = Context(prec=3, rounding=ROUND_HALF_UP, traps=[])
print(c.add(Decimal('1.005'), 1), c.flags[Inexact], c.divide(1, 0))
import fractions, math
print(fractions.Fraction(Decimal('0.75')), math.floor(Decimal('2.5')), math.ceil(Decimal('-2.5')), Decimal('2.5').__round__())
print(Decimal.from_float(0.5), Decimal('1.23E+5').to_eng_string(), Decimal('-1.2e-7'), Decimal(10**30))
