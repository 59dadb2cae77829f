# inspect.signature of functions (positional-only, keyword-only, annotations, defaults),
# methods, classes, partials, callables and wrapped functions; Signature/Parameter str and
# repr, bind/bind_partial with their TypeErrors, BoundArguments, validation errors; getdoc.
import inspect, functools
from typing import Optional, List
def f(a, b: int = 2, /, c=3, *args, d, e: 'str' = 'x', **kw) -> Optional[int]: pass
def g(x, y=[1], *, z): pass
async def h(p: List[int]) -> None: pass
class A:
    def __init__(self, name, age=0): pass
    def method(self, x, *, flag=False): pass
    @classmethod
    def build(cls, spec): pass
    @staticmethod
    def util(u, v=1): pass
    def __call__(self, q): pass
class B(A): pass
class N: pass
class WithNew:
    def __new__(cls, a, b=2): return super().__new__(cls)
for obj in [f, g, h, A, B, N, WithNew, A('n').method, A.method, A.build, A.util, A('n'), functools.partial(g, 1), functools.partial(g, y=5), functools.partial(f, 1, 2, 3), lambda *a, **k: None, lambda x, /, y: None]:
    s = inspect.signature(obj)
    print(s, '|', repr(s), '|', [(p.name, str(p.kind), p.default is p.empty) for p in s.parameters.values()])
s = inspect.signature(f)
print(s.parameters, s.return_annotation, s.parameters['e'].annotation, repr(s.parameters['a'].kind), s.parameters['kw'].kind.description)
for args, kwargs in [((1,), {'d': 4}), ((1, 2, 3, 4, 5), {'d': 1, 'z': 9}), ((), {}), ((1,), {'a': 1, 'd': 2}), ((1, 2), {'c': 3, 'd': 4})]:
    try:
        ba = s.bind(*args, **kwargs); print(ba, ba.args, ba.kwargs); ba.apply_defaults(); print(ba.arguments)
    except TypeError as e: print('TypeError:', e)
sg = inspect.signature(g)
for args, kwargs in [((1, 2, 3), {'z': 1}), ((1,), {'x': 2, 'z': 3}), ((1,), {'z': 2, 'w': 3}), ((), {'z': 1})]:
    try: print(sg.bind(*args, **kwargs))
    except TypeError as e: print('TypeError:', e)
print(sg.bind_partial(1), sg.bind_partial(z=2).args)
P = inspect.Parameter
new = inspect.Signature([P('a', P.POSITIONAL_ONLY), P('b', P.KEYWORD_ONLY, default=None, annotation=int)], return_annotation=str)
print(new, new == inspect.Signature([P('a', P.POSITIONAL_ONLY), P('b', P.KEYWORD_ONLY, default=None, annotation=int)], return_annotation=str), new.replace(return_annotation=inspect.Signature.empty))
for bad in [lambda: P('1x', P.POSITIONAL_ONLY), lambda: P('a', P.VAR_POSITIONAL, default=1), lambda: inspect.Signature([P('a', P.KEYWORD_ONLY), P('b', P.POSITIONAL_ONLY)]), lambda: inspect.Signature([P('a', P.POSITIONAL_OR_KEYWORD, default=1), P('b', P.POSITIONAL_OR_KEYWORD)]), lambda: inspect.Signature([P('a', P.POSITIONAL_ONLY), P('a', P.KEYWORD_ONLY)]), lambda: inspect.signature(1)]:
    try: bad(); print('no error')
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
def deco(fn):
    @functools.wraps(fn)
    def w(*a, **k): return fn(*a, **k)
    return w
print(inspect.signature(deco(g)), inspect.signature(deco(g), follow_wrapped=False), inspect.unwrap(deco(g)) is g)
print(inspect.getdoc(A), inspect.cleandoc('''
    Title

      indented
    end
'''))
