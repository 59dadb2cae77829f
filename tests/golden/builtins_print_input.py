# print() to various files, and input() from a replaced sys.stdin.
import sys

class Recorder:
    def __init__(self):
        self.calls = []
    def write(self, s):
        self.calls.append(s)
    def flush(self):
        self.calls.append("FLUSH")

rec = Recorder()
print("a", 1, None, sep="-", end="|", file=rec)
print(file=rec)
print("x", file=rec, flush=True)
print(*["p", "q"], sep=None, end=None, file=rec)
print(rec.calls)

class Str:
    def __str__(self):
        return "custom"
print(Str(), [str(Str())])

class Bad:
    def __str__(self):
        raise ValueError("no str")
try:
    print("before", Bad(), "after")
except ValueError as e:
    print("ValueError:", e)

for kw in [{"sep": 5}, {"end": []}, {"file": 5}, {"bogus": 1}]:
    try:
        print("x", **kw)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)

class NoWrite:
    pass
try:
    print("x", file=NoWrite())
except AttributeError as e:
    print("AttributeError:", e)

class FakeIn:
    def __init__(self, lines):
        self.lines = lines
    def readline(self):
        return self.lines.pop(0) if self.lines else ""

saved_in, saved_out = sys.stdin, sys.stdout
sys.stdin = FakeIn(["first line\n", "second"])
out = Recorder()
sys.stdout = out
a = input("prompt1> ")
b = input()
try:
    input("last> ")
except EOFError as e:
    err = str(e)
sys.stdin, sys.stdout = saved_in, saved_out
print(repr(a), repr(b), err, out.calls)
