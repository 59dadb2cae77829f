x = "outer"
r = [x for x in range(3)]
print(r, x)
i = 42
r = [i * 2 for i in range(2)]
print(i)
def f():
    y = 10
    return [y + k for k in range(3)]
print(f())
def g():
    n = 3
    return [[n * a + b for b in range(n)] for a in range(n)]
print(g())
try:
    [undefined_name for _ in range(1)]
except NameError as e:
    print("NameError:", e)
print([k for k in range(3)])
try:
    print(k)
except NameError as e:
    print("NameError:", e)
funcs = [lambda: m for m in range(3)]
print([fn() for fn in funcs])
