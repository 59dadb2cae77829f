import sys
try:
    sys.exit()
except SystemExit as e:
    print("caught SystemExit", e.code, e.args)
try:
    sys.exit(5)
except SystemExit as e:
    print("caught", e.code)
try:
    raise SystemExit("msg")
except SystemExit as e:
    print("caught", repr(e.code))
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
try:
    sys.exit(0)
except Exception:
    print("not caught by Exception")
except BaseException:
    print("caught by BaseException")
sys.exit(None)
