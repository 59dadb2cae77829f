def g():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit received")
        raise
    finally:
        print("cleanup")
it = g()
print(next(it))
it.close()
print("closed")
it.close()
try:
    next(it)
except StopIteration:
    print("StopIteration after close")
unstarted = g()
unstarted.close()
print("closing unstarted prints nothing")
def bad():
    try:
        yield 1
    except GeneratorExit:
        yield "not allowed"
b = bad()
next(b)
try:
    b.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def swallow():
    try:
        yield 1
    except GeneratorExit:
        return "ignored"
s = swallow()
next(s)
print(s.close())
print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))
