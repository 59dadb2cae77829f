for expr in ["1 // 0", "1 % 0", "divmod(1, 0)", "1 / 0", "10**30 // 0", "10**30 % 0", "0 / 0"]:
    try:
        eval(expr)
    except ZeroDivisionError as e:
        print(expr, "->", type(e).__name__, e)
x = 5
try:
    x //= 0
except ZeroDivisionError as e:
    print("augmented:", e)
try:
    x %= 0
except ZeroDivisionError as e:
    print("augmented:", e)
