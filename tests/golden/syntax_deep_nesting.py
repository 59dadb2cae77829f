# Deeply nested brackets must raise an error, not crash.
for n in (10, 100, 1000, 100000):
    src = "(" * n + ")" * n
    try:
        r = eval(src)
        print(n, "ok", r)
    except (SyntaxError, RecursionError, MemoryError) as e:
        print(n, type(e).__name__)
src = "[" * 100000 + "]" * 100000
try:
    compile(src, "<deep>", "eval")
    print("compiled")
except (SyntaxError, RecursionError, MemoryError) as e:
    print("list", type(e).__name__)
src = "-" * 100000 + "1"
try:
    print(eval(src))
except (SyntaxError, RecursionError, MemoryError) as e:
    print("unary raised an error")
