x = "global"
def read_global():
    return x
def local_shadow():
    x = "local"
    return x
print(read_global(), local_shadow(), x)
def unbound():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = 1
unbound()
def builtin_shadow():
    len = lambda s: -1
    return len("abc")
print(builtin_shadow(), len("abc"))
def uses_later_global():
    return later
later = "defined after function"
print(uses_later_global())
def nested_read():
    y = 1
    def inner():
        return y + 1
    y = 5
    return inner()
print(nested_read())
