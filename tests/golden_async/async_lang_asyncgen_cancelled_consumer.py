# Cancelling a task while it iterates an async generator: the CancelledError is raised inside
# the generator at its await; the generator's finally runs and the task ends cancelled.
import asyncio


async def source():
    try:
        i = 0
        while True:
            await asyncio.sleep(0.01)
            yield i
            i += 1
    finally:
        print("source finally")


async def consume(two_seen):
    async for v in source():
        print("consumed", v)
        if v == 1:
            two_seen.set()


async def main():
    two_seen = asyncio.Event()
    t = asyncio.create_task(consume(two_seen))
    await two_seen.wait()
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("consumer cancelled", t.cancelled())


asyncio.run(main())
