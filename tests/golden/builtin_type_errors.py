tests = ["len()", "len(1, 2)", "abs()", "abs('x')", "chr('a')", "ord(1)", "int('5', 'x')",
         "sorted(1)", "sum(1)", "min(1, 'a')", "divmod('a', 1)", "round('x')", "list(1, 2)",
         "isinstance(1)", "getattr(1)", "iter()", "next(iter([]), 1, 2)", "hash()", "repr()"]
for t in tests:
    try:
        eval(t)
        print(t, "-> no error")
    except (TypeError, ValueError) as e:
        print(t, "->", type(e).__name__ + ":", e)
