# asyncio.wait(FIRST_COMPLETED) returns as soon as one task is done: (done, pending) sets.
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    print("job", name, "done")
    return name


async def main():
    tasks = [asyncio.create_task(job(n, d)) for n, d in (("a", 0.35), ("b", 0.0), ("c", 0.15))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(type(done).__name__, [t.result() for t in done])
    print("pending:", len(pending))
    done2, pending2 = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
    print([t.result() for t in done2], len(pending2))
    for t in pending2:
        t.cancel()
    await asyncio.wait(pending2)
    print([t.cancelled() for t in tasks])
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)


asyncio.run(main())
