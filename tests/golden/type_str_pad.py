print("[" + "ab".center(7) + "]", "[" + "ab".center(7, "*") + "]", "[" + "abc".center(2) + "]", "[" + "ab".center(5, "-") + "]")
print("[" + "ab".ljust(5) + "]", "[" + "ab".rjust(5, "0") + "]", "[" + "abcdef".ljust(3) + "]")
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(6), "".zfill(3), "12345".zfill(3))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
