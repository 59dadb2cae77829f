def apply(fn, x):
    return fn(x)
callbacks = {"double": lambda v: v * 2}
print(apply(callbacks["double"], 4))
print(apply(callbacks.get("triple"), 4))
