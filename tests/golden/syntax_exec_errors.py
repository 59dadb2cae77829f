# SyntaxError raised by exec is catchable; the module keeps running.
for src in ["x = = 1", "def (): pass", "1 = 1", "'abc", "if True:\npass"]:
    try:
        exec(src)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
print(str(SyntaxError("m")))
print(issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError))
print("end")
