# Arithmetic around the 64-bit boundary must switch to big ints seamlessly.
m = 2**63 - 1
n = -2**63
print(m + 1, n - 1, m * m, n * n, n * -1, -n)
print(m - n, n // -1, n % -1, abs(n))
print(m << 1, 1 << 63, 1 << 64, 1 << 100, n >> 1)
x = 1
for i in range(70):
    x *= 2
print(x)
x = 0
for i in range(5):
    x += 2**62
print(x)
print(2**62 + 2**62, -(2**62) - 2**62 - 1)
print((1 << 62) * 4, (-1 << 62) * 4)
print(int("9223372036854775808") - 1)
print(46341 * 46341, 3037000499 * 3037000499, 3037000500 * 3037000499)
