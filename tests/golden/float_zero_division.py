for expr in ["1.0 / 0", "1 / 0.0", "1.0 // 0", "1.0 % 0", "divmod(1.0, 0.0)", "0.0 / 0.0", "5 % 0.0", "5 // 0.0"]:
    try:
        eval(expr)
    except ZeroDivisionError as e:
        print(expr, "->", e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("pow:", e)
