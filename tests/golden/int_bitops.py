for a, b in [(12, 10), (-12, 10), (12, -10), (-12, -10), (0, 5)]:
    print(a, b, a & b, a | b, a ^ b, ~a, a << 2, a >> 2)
print(1 << 0, 5 >> 10, -5 >> 10, -1 >> 1)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 >> -1
except ValueError as e:
    print("ValueError:", e)
print((255).bit_length(), (-256).bit_length(), (0).bit_length(), (2**100).bit_length())
print(True & False, True | False, True ^ True, ~True)
