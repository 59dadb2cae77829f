for key in ["simple", 42, (1, 2), "", None, 1.5, "with 'quote'", frozenset()]:
    try:
        {}[key]
    except KeyError as e:
        print(repr(e), "|", str(e), "|", e.args)
try:
    raise KeyError("a", "b")
except KeyError as e:
    print(str(e))
