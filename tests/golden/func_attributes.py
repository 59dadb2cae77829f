def f(a: int, b: "str" = "x", *args: float, c: list = None, **kw: dict) -> bool:
    """Docstring of f."""
    return True
print(f.__name__, f.__qualname__, f.__doc__)
print(f.__annotations__)
print(f.__defaults__, f.__kwdefaults__)
print(f.__module__)
class C:
    def method(self):
        def inner():
            pass
        return inner
    class Nested:
        def deep(self):
            pass
print(C.method.__qualname__, C().method().__qualname__, C.Nested.deep.__qualname__)
print(C.Nested.__qualname__, C.Nested.__name__)
def g():
    pass
print(g.__doc__, g.__annotations__, g.__defaults__)
g.custom = 42
print(g.custom, g.__dict__)
print((lambda: 0).__qualname__)
def outer():
    return lambda: 0
print(outer().__qualname__)
h = f
print(h.__name__)
print(f.__code__.co_name, f.__code__.co_argcount)
