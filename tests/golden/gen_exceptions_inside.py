def g():
    yield 1
    raise ValueError("from generator")
it = g()
print(next(it))
try:
    next(it)
except ValueError as e:
    print("caught:", e)
try:
    next(it)
except StopIteration:
    print("exhausted after raising")
def leaks_stopiteration():
    yield 1
    raise StopIteration("explicit")
try:
    list(leaks_stopiteration())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
def with_finally():
    try:
        yield "a"
        yield "b"
    finally:
        print("finally in generator")
for x in with_finally():
    print(x)
    break
print("after break")
