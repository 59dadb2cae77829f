# all_tasks(): the set of not-yet-finished tasks of the running loop (including the caller).
import asyncio


async def sleeper(d):
    await asyncio.sleep(d)


async def main():
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    a = asyncio.create_task(sleeper(0.01), name="a")
    b = asyncio.create_task(sleeper(0.5), name="b")
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    print(type(asyncio.all_tasks()).__name__)
    await a
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    b.cancel()
    await asyncio.sleep(0)
    print(sorted(t.get_name() for t in asyncio.all_tasks()))


asyncio.run(main())
