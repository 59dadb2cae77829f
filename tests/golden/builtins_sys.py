# sys: interpreter facts, streams, recursion limit, exit and exc_info.
import sys

print(sys.version.startswith("3.11."), sys.version_info[:2], sys.version_info >= (3, 8))
print(sys.version_info.major, sys.version_info.minor, sys.version_info.releaselevel, len(sys.version_info))
print(type(sys.version_info).__name__, isinstance(sys.version_info, tuple))
print(sys.platform, sys.maxsize, sys.maxsize == 2**63 - 1, sys.byteorder, sys.maxunicode)
print(type(sys.argv).__name__, type(sys.path).__name__, sys.modules["sys"] is sys)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.hash_info.modulus, sys.hash_info.inf, sys.int_info.default_max_str_digits)
print(sys.getdefaultencoding(), sys.flags.optimize)

n = sys.stdout.write("written\n")
print(n, sys.stdout.write(""), sys.stdout.write("h\u00e9\n"))
sys.stderr.write("to stderr\n")
sys.stdout.flush()
print(sys.stdout.isatty(), sys.stdout.encoding, sys.stdout is sys.__stdout__)
try:
    sys.stdout.write(5)
except TypeError as e:
    print("TypeError:", e)
print("to stderr via print", file=sys.stderr)

old = sys.getrecursionlimit()
print(old)
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
sys.setrecursionlimit(old)
for bad in [0, -5, 2.5, "x"]:
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

print(sys.exc_info(), sys.exception())
try:
    raise KeyError("k")
except KeyError as e:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), v is e, tb is e.__traceback__, sys.exception() is e)
print(sys.exc_info(), sys.exception())

for args in [(), (None,), (3,), ("message",), ((1, 2),)]:
    try:
        sys.exit(*args)
    except SystemExit as e:
        print("SystemExit", e.args, e.code)

s = sys.intern("hello" + str(1))
print(s, s is sys.intern("hello1"))
try:
    sys.intern(5)
except TypeError as e:
    print("TypeError:", e)
print(sys.getsizeof(1) > 0, sys.getsizeof([]) > 0)

class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        self.parts.append("<flush>")
cap = Capture()
saved = sys.stdout
sys.stdout = cap
print("captured", 1, 2)
print("again", end="!", flush=True)
sys.stdout = saved
print(cap.parts)
sys.stdout = None
print("dropped")
sys.stdout = saved
print("restored")
for s in ["sys.exit(x=1)", "sys.exit(1, 2)", "sys.intern()", "sys.setrecursionlimit()",
          "sys.getrecursionlimit(1)", "sys.exc_info(1)", "sys.getsizeof()", "sys.stdout.write()",
          "sys.stdout.flush(1)", "sys.stdout.write(s=1)", "repr(sys.stdout)", "repr(sys.stdin)",
          "sys.stderr.name"]:
    try:
        print(s, "->", eval(s))
    except Exception as e:
        print(s, "->", type(e).__name__ + ":", e)
sys.exit(3)
