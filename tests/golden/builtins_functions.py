# Behaviour of the builtin functions beyond their argument checks.
def t(s):
    try:
        print(s, "->", repr(eval(s)))
    except Exception as e:
        print(s, "->", type(e).__name__ + ":", e)

class Idx:
    def __index__(self):
        return 10
class Rounder:
    def __round__(self, n=None):
        return ("rounded", n)
class DivMod:
    def __divmod__(self, other):
        return "divmod", other
    def __rdivmod__(self, other):
        return "rdivmod", other
class Pow3:
    def __pow__(self, e, m=None):
        return ("pow", e, m)

for s in [
    "abs(-3)", "abs(-2.5)", "abs(True)", "abs('x')",
    "all([])", "all([1, 0])", "any([])", "any([0, '', 3])", "any(x > 2 for x in range(5))",
    "ascii('h\u00e9llo\u20ac\U0001f600')", "ascii([1, '\u00e9'])",
    "bin(10)", "bin(-10)", "bin(0)", "oct(8)", "oct(-8)", "hex(255)", "hex(-255)", "hex(2**70)",
    "hex(-2**70)", "bin(Idx())", "hex(1.5)", "oct('7')",
    "chr(65)", "chr(0x1F600)", "chr(-1)", "chr(0x110000)", "chr(2**70)", "chr(1.5)", "chr(Idx())",
    "ord('A')", "ord('\u00e9')", "ord('\U0001F600')", "ord(b'a')", "ord('ab')", "ord('')",
    "ord(b'ab')", "ord(1)",
    "divmod(7, 2)", "divmod(-7, 2)", "divmod(7, -2)", "divmod(7.5, 2)", "divmod(-7.5, 2)",
    "divmod(2**70, 3)", "divmod(1, 0)", "divmod(1.0, 0)", "divmod('a', 1)", "divmod(DivMod(), 1)",
    "divmod(1, DivMod())", "divmod(True, 2)",
    "pow(2, 10)", "pow(2, -1)", "pow(2, 10, 1000)", "pow(3, -1, 7)", "pow(2, 0.5)",
    "pow(2, 3, 0)", "pow(2, -1, 4)", "pow(2.0, 3, 5)", "pow(2, 3, 5.0)", "pow('a', 2)", "pow(Pow3(), 2, 5)",
    "pow(base=2, exp=5)", "pow(2, exp=3, mod=5)", "pow(2**100, 2**100, 10**9+7)",
    "round(2.5)", "round(3.5)", "round(-0.5)", "round(2.675, 2)", "round(7)", "round(1234, -2)",
    "round(1.5, None)", "round('x')", "round(Rounder())", "round(Rounder(), 3)", "round(1e300)",
    "round(float('inf'))", "round(number=2.5)",
    "format(3.14159, '.2f')", "format(42)", "format('x', '>3')", "format(5, 3)", "format([1])",
    "isinstance(1, int)", "isinstance(True, int)", "isinstance(1, (str, (float, int)))",
    "isinstance(1, ())", "isinstance(1, 1)", "isinstance(1, (int, 1))",
    "issubclass(bool, int)", "issubclass(int, (str, object))", "issubclass(1, int)",
    "issubclass(int, 1)", 
    "getattr(1, 'real')", "getattr(1, 'nope', 'dflt')", "getattr(1, 'nope')", "getattr(1, 2)",
    "hasattr([], 'append')", "hasattr([], 'nope')", "hasattr(1, 2)",
    "callable(len)", "callable(1)", "callable(int)", "callable(lambda: 0)",
    "hash(1) == hash(1.0)", "hash((1, 2)) == hash((1, 2))", "hash([])", "hash(-1)",
    "len([1, 2])", "len('h\u00e9')", "len(5)", "len({'a': 1})",
    "repr('x')", "repr([1, 'a'])",
    "sorted([3, 1, 2])", "sorted('cba', reverse=True)", "sorted([1, 2], key=lambda x: -x)",
    "sorted([], foo=1)", "sorted([1, 'a'])", "sorted(iterable=[1])",
    "min([3, 1, 2])", "max(3, 1, 2)", "min([], default=0)", "max([], key=len, default='d')",
    "min(1, 2, default=0)", "max([])", "min(())", "max('abc', key=ord)", "min([[2], [1]])",
    "max(1, 2, key=None)", "max(1, 'a')", "min(iter([5, 4]))",
    "sum([1, 2, 3])", "sum([1, 2], 10)", "sum([0.5, 0.25])", "sum([1, 0.5])", "sum([0.5, 1])",
    "sum([[1], [2]], [])", "sum(['a'], '')", "sum([b'a'], b'')", "sum([1, 'a'])",
    "sum([2**62, 2**62, 2**62])", "sum([True, True, 3])", "sum(range(101))", "sum([], start=5)",
    "sum(iterable=[1])", "sum([1], start=0.5)", "sum([1.5, 2**70])",
    "iter(5)", "next(iter([]), 'default')", "next([])", "list(iter([1, 2]))",
    "vars(5)", "vars(Idx)['__index__'].__name__", "type(globals()).__name__",
    "'append' in dir([])", "'__index__' in dir(Idx)", "dir(Idx()) == dir(Idx)",
    "eval('1 + 2')", "eval('  3')", "eval('x', {'x': 1})", "eval('x', {}, {'x': 2})",
    "eval('x', 1)", "eval('x', {}, 1)", "eval(5)", "eval('y = 1')", "exec('y = 1')",
    "exec(5)", "exec('1', 1)", "eval('__name__', {})",
    "__import__('sys').platform", "__import__('math', fromlist=['sqrt']).__name__",
    "__import__('no_such_module_q')", "__import__('')", "__import__('math', level=-1)",
]:
    t(s)

ns = {}
exec("a = 1", ns)
print(sorted(k for k in ns if k != "__builtins__"), "__builtins__" in ns)
print(id(ns) == id(ns), id(1) == id(1), isinstance(id(None), int))
print(callable(exit), callable(quit))
try:
    exit(4)
except SystemExit as e:
    print("SystemExit", e.code)
try:
    quit()
except SystemExit as e:
    print("SystemExit", e.code)
print(None, True, False, Ellipsis, NotImplemented, __debug__)
print(__builtins__.__name__ if hasattr(__builtins__, "__name__") else "dict")
