def none1():
    pass
def none2():
    return
def multi():
    return 1, "two", [3]
def early(x):
    if x:
        return "early"
    return "late"
print(none1(), none2(), multi(), early(1), early(0))
a, b, c = multi()
print(a, b, c)
def gen_like():
    return (i for i in range(3))
print(list(gen_like()))
def returns_func():
    def inner():
        return "inner"
    return inner
print(returns_func()())
