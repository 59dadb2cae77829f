# A tour of the TypeError/ValueError/... messages of common mistakes (calls, operators,
# conversions, containers), with the compiler SyntaxWarnings two of them draw.
def f(a, b, c=1, *, d): pass
class C:
    def m(self, x): pass
tests = [
    lambda: f(1), lambda: f(1, 2, 3, 4), lambda: f(1, 2, d=1, e=2), lambda: f(1, 2, b=3, d=4), lambda: C().m(),
    lambda: C().m(1, 2), lambda: {[1]: 2}, lambda: 1[0], lambda: None(), lambda: iter(5), lambda: 1 + 'a',
    lambda: 'a' * 'b', lambda: [1] < 'a', lambda: len(5), lambda: int(None), lambda: float('x'), lambda: [].pop(),
    lambda: {}.popitem(), lambda: [1].index(2), lambda: 'abc'.index('z'), lambda: (1, 2).x, lambda: None.attr,
    lambda: C.nope, lambda: __import__('nosuch'), lambda: [][1], lambda: (lambda x: x)(), lambda: sum(['a']),
    lambda: sorted([1, 'a']), lambda: max([]), lambda: divmod(1, 0), lambda: 1 % 0, lambda: 2.0 / 0,
    lambda: int('1' * 5000), lambda: chr(-1), lambda: bytes([256]), lambda: 'x'.join([1]), lambda: dict([1]),
    lambda: set([[]]), lambda: frozenset().add, lambda: next(iter([])), lambda: {}.__getitem__(), lambda: object().__x,
    lambda: tuple(1), lambda: list.append(1, 2), lambda: str.upper(1), lambda: abs('x'), lambda: round('x'),
    lambda: 'a'.center(), lambda: print(sep=1), lambda: range(1.5), lambda: [1, 2, 3][1:2:0], lambda: hash([]),
]
for t in tests:
    try:
        t()
        print('no error')
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
