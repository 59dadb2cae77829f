# Fraction ** x: a non-rational exponent goes to float(a) ** x, as in CPython (the TypeError
# then names float).
from fractions import Fraction
from decimal import Decimal
print(Fraction(1, 2) ** 2, Fraction(4, 9) ** Fraction(1, 2), Fraction(1, 2) ** 0.5, Fraction(1, 2) ** -2, Fraction(2) ** Fraction(3), Fraction(1, 2) ** 1j)
for b in [Decimal('0.5'), 'x', None]:
    try: print(Fraction(1, 2) ** b)
    except TypeError as e: print('TypeError:', e)
