x = 10
g = globals()
print(g["x"], "x" in g, g["__name__"], type(g).__name__)
g["dynamic"] = "set through globals()"
print(dynamic)
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
print(locals() is globals())
def g2():
    return "x" in globals(), "x" in locals()
print(g2())
class K:
    attr = 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(K.names)
