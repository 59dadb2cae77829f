print(ord("a"), ord("Z"), ord("0"), ord(" "), ord("é"), ord("☃"), ord("🐍"), ord("\n"))
print(chr(65), chr(122), chr(0x263A), chr(0x1F600), repr(chr(0)), repr(chr(127)))
print("".join(chr(ord(c) + 1) for c in "HAL"))
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    ord("")
except TypeError as e:
    print("TypeError:", e)
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
print(ord(b"A"), ord(chr(1000)))
