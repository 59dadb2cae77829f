def t(x):
    print("t", x)
    return x
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, "" or "default", None or 0)
print([] and "x", [0] and "x", 0.0 or None)
print(t(0) and t(1))
print(t(1) or t(2))
print(t(1) and t(0) or t(3))
print(not 1, not 0, not "", not [0], not None)
print(True and "yes", False or "no", (1 and 0) or "fallback")
x = None
y = x or []
y.append(1)
print(y, x)
print(type(1 and 2.0).__name__, type(0 or "").__name__)
