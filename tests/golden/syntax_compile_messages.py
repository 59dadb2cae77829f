# SyntaxError details via compile(): msg, lineno, offset, text.
srcs = [
    "x = (",
    "x = )",
    "1 +",
    "def f(:\n    pass",
    "x = 'abc",
    "if x\n    pass",
    "None = 1",
    "f(**x, *y)",
    "x += 1 = 2",
    "return",
    "a b c",
    "for x in y:\npass",
    "  x = 1",
    "def f():\n  x = 1\n x = 2",
    "x = 1e",
    "[x for x in]",
    "True = 2",
    "(a, b) = 1 = 2 = c = 3 + 4 = 5",
    "del 1",
    "import",
]
for s in srcs:
    try:
        compile(s, "<test>", "exec")
        print("compiled?!", repr(s))
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "|", e.lineno, e.offset)
