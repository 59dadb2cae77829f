def chain(cls):
    return " -> ".join(c.__name__ for c in cls.__mro__)
for cls in [ZeroDivisionError, OverflowError, KeyError, IndexError, ValueError, TypeError,
            NameError, UnboundLocalError, AttributeError, StopIteration, GeneratorExit,
            KeyboardInterrupt, SystemExit, RecursionError, NotImplementedError, AssertionError,
            ImportError, ModuleNotFoundError, IndentationError, TabError, UnicodeDecodeError,
            FileNotFoundError, MemoryError, EOFError, LookupError, ArithmeticError, RuntimeError,
            StopAsyncIteration, FloatingPointError, BaseException]:
    print(chain(cls))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, Exception))
print(issubclass(SystemExit, Exception), issubclass(Exception, BaseException))
