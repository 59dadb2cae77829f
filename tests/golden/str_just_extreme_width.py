# Padding to widths far below (or above) the length: no overflow computing the fill.
import sys

for w in [-(2**63), -sys.maxsize, -1, 0, 2, 5]:
    for s in ["", "ab", "-42"]:
        print(repr(s.ljust(w)), repr(s.rjust(w, "*")), repr(s.center(w)), repr(s.zfill(w)))
        b = s.encode()
        print(b.ljust(w), b.rjust(w, b"*"), b.center(w), b.zfill(w), bytearray(b).ljust(w))
for f in ["ljust", "rjust", "center", "zfill"]:
    try:
        getattr("x", f)(2**63)
    except OverflowError as e:
        print(f, "OverflowError:", e)
