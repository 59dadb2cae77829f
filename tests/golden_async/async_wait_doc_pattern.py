# The founding document's asyncio.wait(FIRST_COMPLETED) example with fixed delays.
import asyncio


async def task(id, delay):
    await asyncio.sleep(delay)
    print(id)
    return id


async def main():
    delays = [0.25, 0.3, 0.0, 0.35, 0.2]
    tasks = [asyncio.create_task(task(i, d)) for i, d in enumerate(delays)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("done", [x.result() for x in done])
    print("pending tasks:", len(pending))
    for x in pending:
        x.cancel()


asyncio.run(main())
