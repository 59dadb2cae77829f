# Timeout.when()/reschedule(): move the deadline later or earlier, or remove it with None.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(0.01) as cm:
        print("when is a float:", isinstance(cm.when(), float))
        cm.reschedule(loop.time() + 0.5)
        print("extended")
        await asyncio.sleep(0.03)
        print("survived past the original deadline")
        cm.reschedule(None)
        print("when after None:", cm.when())
        await asyncio.sleep(0.01)
    print("expired?", cm.expired())

    try:
        async with asyncio.timeout(None) as cm:
            cm.reschedule(loop.time() + 0.01)
            await asyncio.sleep(1)
    except TimeoutError:
        print("a deadline set later still fires")

    try:
        async with asyncio.timeout(10) as cm:
            cm.reschedule(loop.time() - 1)
            print("deadline in the past: still runs until the next await")
            await asyncio.sleep(0)
            print("not printed")
    except TimeoutError:
        print("TimeoutError at the first await")


asyncio.run(main())
