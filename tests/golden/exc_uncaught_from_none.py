def f():
    try:
        [][0]
    except IndexError:
        raise ValueError("clean error") from None
f()
