x = 1
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
l = [0, 1, 2, 3, 4, 5]
del l[0]
del l[-1]
print(l)
del l[1:3]
print(l)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)
class C:
    pass
c = C()
c.a = 1
c.b = 2
del c.a
print(hasattr(c, "a"), c.b)
a, b = 1, 2
del a, b
print("a" in dir(), "b" in dir())
l = list(range(10))
del l[::2]
print(l)
def f():
    y = 5
    del y
    try:
        return y
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(f())
