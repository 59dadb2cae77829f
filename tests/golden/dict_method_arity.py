# Arity errors of dict methods: METH_O methods name themselves, slot wrappers say
# "expected 1 argument, got N".
d={}
for name, call in [("__getitem__", lambda: d.__getitem__()), ("__contains__", lambda: d.__contains__()), ("__delitem__", lambda: d.__delitem__()), ("fromkeys", lambda: dict.fromkeys()), ("__eq__", lambda: d.__eq__()), ("__or__", lambda: d.__or__()), ("__ior__", lambda: d.__ior__()), ("__ror__", lambda: d.__ror__())]:
    try: call()
    except TypeError as e: print(name, e)
