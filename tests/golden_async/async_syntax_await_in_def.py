# "await" inside a plain def is a SyntaxError.
import asyncio


def f():
    x = 1
    return await asyncio.sleep(0, x)


print("not printed")
