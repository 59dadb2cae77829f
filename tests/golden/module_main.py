"""Module docstring for module_main."""
print(__name__)
if __name__ == "__main__":
    print("running as main")
print(__doc__)
print(__file__)
print(type(__builtins__).__name__ in ("module", "dict"))
print(callable(print), "print" in dir(__builtins__))
def f():
    return __name__
print(f(), f.__module__)
