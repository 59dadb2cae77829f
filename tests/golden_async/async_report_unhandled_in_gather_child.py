# gather raises the first exception; a second failing child's exception is marked as
# retrieved by gather, so nothing is logged for it.
import asyncio
import gc


async def fail(n):
    await asyncio.sleep(0)
    raise ValueError(n)


async def main():
    try:
        await asyncio.gather(fail(1), fail(2))
    except ValueError as e:
        print("caught", repr(e))
    await asyncio.sleep(0)
    gc.collect()
    print("end")


asyncio.run(main())
