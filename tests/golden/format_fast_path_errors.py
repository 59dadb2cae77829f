# f-string specs on exact floats and small ints (formatted without a __format__ call): the
# errors name the type as __format__ does.
for v, spec in [(1.5, 'd'), (3, '.2s'), (2, 'z'), (1e300, ',.2f'), (5, 'c'), (-1, 'c'), (0.1, '=^10'), (7, '%'), (2**40, 'X')]:
    try: print(repr(f"{v:{spec}}"))
    except (ValueError, TypeError, OverflowError) as e: print(type(e).__name__, e)
