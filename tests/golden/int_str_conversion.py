print(int("42"), int("-42"), int("  17  "), int("+5"), int("1_000"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("z", 36), int("10", 2), int("777", 8), int("-1010", 2))
print(int(3.9), int(-3.9), int(True), int("0"), int())
print(int("123456789012345678901234567890"))
print(str(12345), str(-0), repr(10**25), str(-10**25))
print(hex(255), hex(-255), oct(8), oct(-8), bin(5), bin(-5), bin(0))
print(hex(2**100), bin(2**70))
for s in ["x", "", "1.5", "12a", "0x10"]:
    try:
        int(s)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("9", 8)
except ValueError as e:
    print("ValueError:", e)
try:
    int("1", 99)
except ValueError as e:
    print("ValueError:", e)
print(int(1e20), int(-2.5e15))
