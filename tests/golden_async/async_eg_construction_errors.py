# ExceptionGroup constructor checks and their messages.
cases = [
    lambda: ExceptionGroup("m", []),
    lambda: ExceptionGroup("m", None),
    lambda: ExceptionGroup("m", ValueError()),
    lambda: ExceptionGroup(1, [ValueError()]),
    lambda: ExceptionGroup("m", [1]),
    lambda: ExceptionGroup("m", [KeyboardInterrupt()]),
    lambda: ExceptionGroup("m"),
    lambda: ExceptionGroup("m", [ValueError()], 3),
    lambda: BaseExceptionGroup("m", [ValueError, KeyError()]),
    lambda: ExceptionGroup("gen", (x for x in [ValueError("from gen")])),
]
for make in cases:
    try:
        r = make()
        print("created", repr(r))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(repr(ExceptionGroup("m", (ValueError(),))))
