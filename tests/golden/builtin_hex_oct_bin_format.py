print(hex(0), hex(255), hex(-1), oct(0), oct(64), oct(-9), bin(0), bin(10), bin(-3))
print(format(255, "x"), format(255, "#X"), format(5, "08b"), format(3.14159, ".2f"), format("s", ">4"), format(42))
print(format(1234.5, ",.1f"), format(-5, "+d"), format(0.5, "%"), format(10, "o"), format(65, "c"))
print(format(None), format([1, 2]), format(True), format(True, "d"), format(1.0, ""))
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    format(5, "q")
except ValueError as e:
    print("ValueError:", e)
