try:
    1 / 0
except ZeroDivisionError:
    try:
        int("x")
    except ValueError:
        [].pop()
