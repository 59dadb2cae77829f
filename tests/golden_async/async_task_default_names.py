# Default task names: "Task-<n>" from a process-wide counter that (in CPython 3.11's C Task)
# advances for every task created, named or not; asyncio.run's main task is Task-1.
import asyncio


async def j():
    pass


async def main():
    print(asyncio.current_task().get_name())
    a = asyncio.create_task(j(), name="x")
    b = asyncio.create_task(j(), name="y")
    c = asyncio.create_task(j())
    d = asyncio.ensure_future(j())
    e = asyncio.get_running_loop().create_task(j())
    print([t.get_name() for t in (a, b, c, d, e)])
    await asyncio.gather(a, b, c, d, e)
    results = await asyncio.gather(j(), j())
    print(results)
    f = asyncio.create_task(j())
    print(f.get_name())
    await f


asyncio.run(main())


async def second():
    print("second run:", asyncio.current_task().get_name())


asyncio.run(second())
