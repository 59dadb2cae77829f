# A tour of decorators (with arguments, class decorators, callable objects), cached_property,
# inspect.signature/getdoc/getmembers, lambdas and closures, lru_cache statistics.
import functools, time, inspect
def retry(times):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a, **k):
            for i in range(times):
                try: return fn(*a, **k)
                except ValueError as e: print(f"attempt {i + 1} failed: {e}")
            raise RuntimeError('gave up')
        return wrapper
    return deco
calls = iter([ValueError('a'), ValueError('b'), 'ok'])
@retry(3)
def flaky():
    r = next(calls)
    if isinstance(r, Exception): raise r
    return r
print(flaky(), flaky.__name__, flaky.__wrapped__.__name__)
def singleton(cls):
    inst = {}
    @functools.wraps(cls, updated=())
    def get(*a): return inst.setdefault(cls, cls(*a))
    return get
@singleton
class Config:
    def __init__(self, v=1): self.v = v
print(Config(5) is Config(7), Config().v)
class CountCalls:
    def __init__(self, f): functools.update_wrapper(self, f); self.f = f; self.n = 0
    def __call__(self, *a): self.n += 1; return self.f(*a)
@CountCalls
def sq(x): return x * x
print(sq(3), sq(4), sq.n, sq.__name__, callable(sq))
class Circle:
    def __init__(self, r): self.r = r
    @functools.cached_property
    def area(self): print('computing'); return 3.14159 * self.r ** 2
c = Circle(2); print(c.area, c.area, 'area' in c.__dict__)
del c.area; print(c.area)
def f(a, b: int = 2, *args, c, d=4, **kw) -> str: "doc"
sig = inspect.signature(f); print(sig, list(sig.parameters), sig.parameters['b'].default, sig.return_annotation, inspect.isfunction(f), f.__defaults__, f.__kwdefaults__)
print(inspect.getdoc(f), inspect.isclass(Circle), inspect.ismethod(c.__init__), [n for n, _ in inspect.getmembers(Circle) if not n.startswith('_')])
print(sig.bind(1, c=3).arguments, f.__code__.co_argcount, f.__code__.co_varnames[:3], f.__code__.co_name)
compose = lambda *fs: functools.reduce(lambda g, h: lambda x: h(g(x)), fs)
print(compose(str.strip, str.upper, lambda s: s + '!')('  hi '), (lambda *a, **k: (a, k))(1, x=2))
adders = {n: (lambda x, n=n: x + n) for n in range(3)}; print({k: v(10) for k, v in adders.items()})
@functools.lru_cache(maxsize=2)
def slow(x): return x * 2
[slow(i) for i in (1, 2, 1, 3, 1)]; print(slow.cache_info()); slow.cache_clear(); print(slow.cache_info().currsize)
print(functools.partial(print, sep='|')('a', 'b') is None, functools.reduce(lambda a, b: a + b, [1, 2, 3], 10))
