counter = 0
def inc():
    global counter
    counter += 1
inc(); inc()
print(counter)
def define_global():
    global newname
    newname = "created"
define_global()
print(newname)
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 10
        return x
    inner()
    inner()
    return x
print(outer())
def make():
    a = 0
    def mid():
        def deep():
            nonlocal a
            a += 1
            return a
        return deep
    return mid()
d = make()
print(d(), d(), d())
x = "global x"
def shadow():
    x = "local x"
    def g():
        global x
        return x
    return g()
print(shadow())
