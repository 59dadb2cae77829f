# A task that catches CancelledError and returns normally is not cancelled: cancelled() is
# False and result() is its return value (cancelling() stays 1 until uncancel()).
import asyncio


async def resists():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("caught cancel, returning a value")
    return "survived"


async def resists_then_continues():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("caught cancel, continuing")
    await asyncio.sleep(0)
    print("still running")
    return "continued"


async def main():
    for fn in (resists, resists_then_continues):
        t = asyncio.create_task(fn())
        await asyncio.sleep(0)
        t.cancel()
        print(await t, t.cancelled(), t.cancelling())


asyncio.run(main())
