# asyncio.timeout_at(when) uses an absolute loop.time() deadline.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 0.02
    try:
        async with asyncio.timeout_at(deadline) as cm:
            print("when matches:", cm.when() == deadline)
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out at the deadline; now past it:", loop.time() >= deadline - 0.001)
    async with asyncio.timeout_at(loop.time() + 1):
        await asyncio.sleep(0.01)
        print("finished before the absolute deadline")
    try:
        async with asyncio.timeout_at(loop.time() - 5):
            await asyncio.sleep(0)
    except TimeoutError:
        print("past deadline: TimeoutError at the first await")


asyncio.run(main())
