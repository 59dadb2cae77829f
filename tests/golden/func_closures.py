def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1 = counter()
c2 = counter()
print(c1(), c1(), c1(), c2())
def adder(n):
    return lambda x: x + n
add5 = adder(5)
print(add5(1), adder(10)(1))
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    return middle()()
print(outer())
def shared():
    v = []
    def push(x):
        v.append(x)
    def get():
        return list(v)
    return push, get
push, get = shared()
push(1); push(2)
print(get())
print(add5.__closure__ is not None, len(add5.__closure__), add5.__closure__[0].cell_contents)
print(counter.__closure__)
