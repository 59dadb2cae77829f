for e in [ValueError(), ValueError("msg"), ValueError("a", 1), KeyError("k"), KeyError(), KeyError("a", "b"),
          IndexError(3), OSError(2, "No such file"), StopIteration(7), SystemExit(2), Exception(None),
          TypeError(["list"]), RuntimeError(""), ZeroDivisionError("division by zero")]:
    print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args)
e = ValueError("x")
e.args = ("changed", 1)
print(str(e), repr(e))
