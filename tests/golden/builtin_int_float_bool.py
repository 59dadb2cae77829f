print(int(), int(5), int(-5.9), int("12"), int(" -3 "), int("101", 2), int(True), int("z", 36))
print(float(), float(1), float("2.5"), float(" -1e-3 "), float(True), float("inf"))
print(bool(), bool(0), bool(2), bool(""), bool("0"), bool([]), bool(None), bool(0.0), bool(1j) if False else "")
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    float([])
except TypeError as e:
    print("TypeError:", e)
try:
    int("1.5")
except ValueError as e:
    print("ValueError:", e)
try:
    int(" ")
except ValueError as e:
    print("ValueError:", e)
class I:
    def __int__(self):
        return 7
    def __index__(self):
        return 8
    def __float__(self):
        return 2.5
print(int(I()), float(I()), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9][I()], hex(I()), bin(I()))
