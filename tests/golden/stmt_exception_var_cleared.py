try:
    raise ValueError("x")
except ValueError as err:
    print("in handler", err)
print("err" in globals())
def f():
    e = "before"
    try:
        raise KeyError
    except KeyError as e:
        pass
    try:
        return e
    except UnboundLocalError as u:
        return "UnboundLocalError: " + str(u)
print(f())
