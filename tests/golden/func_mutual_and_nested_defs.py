def make_ops():
    def add(a, b):
        return a + b
    def mul(a, b):
        return 0 if b == 0 else add(a, mul(a, b - 1))
    return add, mul
add, mul = make_ops()
print(add(2, 3), mul(4, 5))
def conditional_def(flag):
    if flag:
        def f():
            return "A"
    else:
        def f():
            return "B"
    return f()
print(conditional_def(True), conditional_def(False))
def redefine():
    def f():
        return 1
    r1 = f()
    def f():
        return 2
    return r1, f()
print(redefine())
