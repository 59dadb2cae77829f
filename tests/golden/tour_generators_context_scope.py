# A tour of generators (send, yield from, return values), iterators, context managers
# (__exit__ suppression, contextmanager, ExitStack), closures and scope, exception chaining,
# groups and notes.
import contextlib, itertools, sys
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(itertools.islice(fib(), 10)), sum(x for x in range(10) if x % 2), next(iter([]), 'empty'))
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1; return self.n + 1
print(list(Countdown(3)), [*Countdown(2)], max(Countdown(4)))
def averager():
    total = count = 0; avg = None
    while True:
        x = yield avg
        if x is None: break
        total += x; count += 1; avg = total / count
    return (count, avg)
a = averager(); next(a); print(a.send(10), a.send(20))
try: a.send(None)
except StopIteration as e: print('result', e.value)
def delegator():
    r = yield from averager()
    print('delegated got', r)
d = delegator(); next(d); d.send(1); d.send(3)
try: d.send(None)
except StopIteration: print('done')
class Timer:
    def __enter__(self): print('enter'); return self
    def __exit__(self, et, ev, tb):
        print('exit', et.__name__ if et else None, ev); return et is KeyError
with Timer() as t: print('body')
with Timer(): raise KeyError('swallowed')
try:
    with Timer(): raise ValueError('propagated')
except ValueError as e: print('caught', e)
@contextlib.contextmanager
def managed(name):
    print('acquire', name)
    try: yield name.upper()
    except ZeroDivisionError: print('handled zde')
    finally: print('release', name)
with managed('r') as r: print(r)
with managed('z'): 1 / 0
with contextlib.ExitStack() as st:
    for n in 'ab': st.enter_context(managed(n))
    st.callback(print, 'callback ran')
def make_counter():
    count = 0
    def inc(): nonlocal count; count += 1; return count
    return inc
c1, c2 = make_counter(), make_counter(); print(c1(), c1(), c2(), c1.__closure__[0].cell_contents)
funcs = [lambda: i for i in range(3)]; print([f() for f in funcs], [(lambda i=i: i)() for i in range(3)])
g = 'global'
def scope():
    g = 'local'
    def inner(): return g
    return inner()
print(scope(), g)
def finally_order():
    try: return 'try'
    finally: print('finally runs')
print(finally_order())
def nested():
    try:
        try: raise TypeError('inner')
        except TypeError as e: raise ValueError('outer') from None
    except ValueError as e: return repr(e), e.__cause__, e.__suppress_context__, repr(e.__context__)
print(nested())
try: raise ExceptionGroup('eg', [ValueError('a'), ExceptionGroup('sub', [TypeError('b')])])
except* TypeError as g: print('types', repr(g))
except* ValueError as g: print('values', repr(g))
e = ValueError('x'); e.add_note('a note'); print(e.__notes__)
try: int('z')
except (TypeError, ValueError) as err: print(type(err).__name__, err.args)
else: print('no')
finally: print('cleanup')
print(sys.exc_info(), isinstance(StopIteration(), Exception), issubclass(KeyboardInterrupt, Exception), sorted(c.__name__ for c in BaseException.__subclasses__()))
