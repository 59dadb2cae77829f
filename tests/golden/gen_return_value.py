def g():
    yield 1
    return "result"
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("value:", repr(e.value), e.args)
def h():
    return 5
    yield
try:
    next(h())
except StopIteration as e:
    print(e.value)
def none_ret():
    yield 1
try:
    it = none_ret(); next(it); next(it)
except StopIteration as e:
    print(e.value, e.args)
