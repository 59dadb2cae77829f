def g():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught in generator:", e)
        yield "recovered"
    yield "last"
it = g()
print(next(it))
print(it.throw(ValueError("boom")))
print(next(it))
it2 = g()
next(it2)
try:
    it2.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated:", repr(e))
try:
    next(it2)
except StopIteration:
    print("generator is closed after unhandled throw")
fresh = g()
try:
    fresh.throw(RuntimeError("before start"))
except RuntimeError as e:
    print("thrown into unstarted:", e)
def inner():
    try:
        yield "in"
    except TypeError:
        yield "inner handled"
def outer():
    yield from inner()
o = outer()
next(o)
print(o.throw(TypeError))
