# gather without return_exceptions: the first exception propagates to the awaiter at once;
# the other children are NOT cancelled and keep running to completion.
import asyncio


async def ok(name, go=None):
    if go is not None:
        await go.wait()
    else:
        await asyncio.sleep(0)
    print("ok finished", name)
    return name


async def bad():
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("bad raising")
    raise ValueError("bad happened")


async def main():
    go = asyncio.Event()
    slow = asyncio.create_task(ok("slow", go))
    try:
        await asyncio.gather(ok("fast"), bad(), slow)
    except ValueError as e:
        print("gather raised", repr(e))
    print("slow done yet?", slow.done(), "cancelled?", slow.cancelled())
    go.set()
    await slow
    print("slow done now?", slow.done(), slow.result())


asyncio.run(main())
