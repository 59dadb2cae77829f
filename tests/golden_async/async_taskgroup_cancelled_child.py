# A child task cancelled on its own does not fail the group; its result() raises CancelledError.
import asyncio


async def child(delay):
    await asyncio.sleep(delay)
    return delay


async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(child(1))
        b = tg.create_task(child(0.01))
        await asyncio.sleep(0)
        a.cancel()
    print("group finished normally; a cancelled:", a.cancelled(), "b:", b.result())


asyncio.run(main())
