# Many combinations of signs for // and % must satisfy the identity.
ok = True
out = []
for a in range(-20, 21, 3):
    for b in [-7, -3, -1, 1, 2, 5]:
        q, r = a // b, a % b
        if q * b + r != a or (r != 0 and (r < 0) != (b < 0)):
            ok = False
        out.append(q * 100 + r)
print(ok, sum(out), out[:10])
big = 10**25 + 3
for b in [7, -7, 10**12 + 1, -(10**12 + 1)]:
    q, r = divmod(big, b)
    print(q, r, q * b + r == big)
    q, r = divmod(-big, b)
    print(q, r, q * b + r == -big)
