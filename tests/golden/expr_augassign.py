x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x /= 4; print(x)
x = 17
x //= 3; print(x)
x %= 4; print(x)
x **= 3; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
x &= 0b1100; print(x)
x |= 0b0011; print(x)
x ^= 0b1111; print(x)
s = "ab"
s += "cd"; s *= 2; print(s)
l = [1]
l2 = l
l += [2]
print(l, l2, l is l2)
t = (1,)
t2 = t
t += (2,)
print(t, t2, t is t2)
d = {"k": 1}
d["k"] += 10
d["k"] *= 2
print(d)
lst = [1, 2, 3]
lst[1] **= 3
lst[-1] -= 10
print(lst)
class C:
    pass
c = C()
c.v = 3
c.v += 4
c.v <<= 1
print(c.v)
m = [[1, 2], [3, 4]]
m[1][0] += 100
print(m)
