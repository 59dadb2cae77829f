x = "module"
class C:
    x = "class"
    y = x + "!"
    def m(self):
        return x
    items = [x for _ in range(2)]
    z = [i * 2 for i in range(3)]
print(C.y, C().m(), C.items, C.z)
class D:
    a = 1
    b = a + 1
    def f(self):
        try:
            return a
        except NameError as e:
            return "NameError: " + str(e)
print(D.b, D().f())
def make():
    v = "enclosing"
    class K:
        w = v
        def get(self):
            return v
    return K
K = make()
print(K.w, K().get())
