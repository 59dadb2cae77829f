# No "never awaited" warning when an unstarted coroutine is closed or has been started.
import asyncio
import gc


async def f():
    return 1


c = f()
c.close()
del c
d = f()
try:
    d.send(None)
except StopIteration as e:
    print("value", e.value)
del d
gc.collect()
print(asyncio.run(f()))
