def trace(fn):
    def wrapper(*args, **kw):
        print("call", fn.__name__, args, kw)
        r = fn(*args, **kw)
        print("ret", r)
        return r
    return wrapper
@trace
def add(a, b):
    return a + b
add(1, b=2)
print(add.__name__)
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hello(x):
    return "hi " + x
print(hello("bob"))
def tag(t):
    def deco(fn):
        def w():
            return "<" + t + ">" + fn() + "</" + t + ">"
        return w
    return deco
@tag("b")
@tag("i")
def text():
    return "x"
print(text())
registry = []
def register(fn):
    registry.append(fn.__name__)
    return fn
@register
def a(): pass
@register
def b(): pass
print(registry, a is not None)
@(lambda f: f())
def immediately():
    return "called at definition"
print(immediately)
