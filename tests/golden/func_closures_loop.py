fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])
fs = []
for i in range(3):
    fs.append(lambda i=i: i)
print([f() for f in fs])
fs = [lambda: j for j in range(3)]
print([f() for f in fs])
def make():
    out = []
    for k in range(3):
        def g():
            return k * 10
        out.append(g)
    k = 99
    return out
print([g() for g in make()])
def make2():
    return [(lambda m: lambda: m)(m) for m in range(3)]
print([g() for g in make2()])
