# The founding document's TaskGroup example with fixed delays instead of random ones.
import asyncio


async def task(id, delay):
    await asyncio.sleep(delay)
    print(id)
    return id


async def main():
    async with asyncio.TaskGroup() as g:
        task1 = g.create_task(task(1, 0.06))
        task2 = g.create_task(task(2, 0.01))
    print(f"done: {task1.result()}, {task2.result()}")


asyncio.run(main())
