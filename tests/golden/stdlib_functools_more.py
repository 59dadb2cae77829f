# functools: lru_cache/cache with cache_info, total_ordering, cmp_to_key, cached_property, partialmethod, singledispatch.
from functools import lru_cache, cache, total_ordering, cmp_to_key, cached_property, partialmethod, singledispatch, partial, reduce, wraps
@lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(50), fib.cache_info(), fib.cache_parameters())
fib.cache_clear(); print(fib.cache_info())
@lru_cache(maxsize=2)
def sq(x):
    print("computing", x); return x * x
sq(1); sq(2); sq(1); sq(3); sq(2); print(sq.cache_info())
@cache
def f(a, b=1): return a + b
print(f(1), f(1, b=1), f(1), f.cache_info())
@total_ordering
class V:
    def __init__(self, n): self.n = n
    def __eq__(self, o): return self.n == o.n
    def __lt__(self, o): return self.n < o.n
print(V(1) <= V(2), V(3) > V(2), V(2) >= V(2), sorted([V(3), V(1)], key=lambda v: v.n)[0].n)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
class C:
    @cached_property
    def expensive(self):
        print("computed once"); return 42
c = C(); print(c.expensive, c.expensive)
class Cell:
    def set_state(self, state): self.state = state; return self
    set_alive = partialmethod(set_state, True)
print(Cell().set_alive().state)
@singledispatch
def show(x): return f"object {x!r}"
@show.register
def _(x: int): return f"int {x}"
@show.register(list)
def _(x): return f"list of {len(x)}"
print(show(1), show([1, 2]), show("s"), show(True))
print(partial(int, base=2)("101"), reduce(lambda a, b: a * b, [1, 2, 3, 4], 1))
try:
    @total_ordering
    class Bad: pass
except ValueError as e:
    print(e)
