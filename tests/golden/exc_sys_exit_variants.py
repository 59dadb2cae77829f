import sys
class Code:
    pass
for arg in [0, 1, 2, 255, None, "text", [1]]:
    try:
        sys.exit(arg)
    except SystemExit as e:
        print(repr(e.code), repr(e), e.args)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print(e.code, e.args)
try:
    raise SystemExit
except SystemExit as e:
    print(e.code)
