l = [1, 2]
for op in [lambda: l[2], lambda: l["a"], lambda: l.index(5), lambda: [].pop(), lambda: l.insert(),
           lambda: l + (3,), lambda: l * "x", lambda: l[1.0], lambda: l.sort(key=1)]:
    try:
        op()
    except (IndexError, TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
