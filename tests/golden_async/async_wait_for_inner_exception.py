# An exception raised by the awaitable inside wait_for propagates unchanged (not as
# TimeoutError); a result that arrives just in time is returned.
import asyncio


async def fails():
    await asyncio.sleep(0.01)
    raise ConnectionResetError("peer went away")


async def main():
    try:
        await asyncio.wait_for(fails(), timeout=1)
    except ConnectionResetError as e:
        print("propagated", repr(e))
    r = await asyncio.wait_for(asyncio.sleep(0.01, "value"), timeout=0.5)
    print(r)


asyncio.run(main())
