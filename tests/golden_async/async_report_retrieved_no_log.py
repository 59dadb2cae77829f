# No "never retrieved" log when the exception was looked at: exception(), result(), awaiting,
# gather(return_exceptions=True), or the task was cancelled.
import asyncio
import gc


async def boom(n):
    await asyncio.sleep(0)
    raise ValueError(n)


async def main():
    a = asyncio.create_task(boom(1))
    b = asyncio.create_task(boom(2))
    c = asyncio.create_task(boom(3))
    d = asyncio.create_task(boom(4))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(repr(a.exception()))
    try:
        b.result()
    except ValueError as e:
        print("result raised", repr(e))
    try:
        await c
    except ValueError as e:
        print("await raised", repr(e))
    print(await asyncio.gather(d, return_exceptions=True))
    e = asyncio.create_task(boom(5))
    e.cancel()
    await asyncio.sleep(0)
    del a, b, c, d, e
    gc.collect()
    print("nothing logged")


asyncio.run(main())
