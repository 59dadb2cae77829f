# asyncio-doc.txt, example 3 ("TaskGroup"): two tasks with random delays in a TaskGroup.
import asyncio
import random


async def task(id):
    await asyncio.sleep(random.random())
    print(id)
    return id


async def main():
    async with asyncio.TaskGroup() as g:
        task1 = g.create_task(task(1))
        task2 = g.create_task(task(2))
    print(f"done: {task1.result()}, {task2.result()}")

asyncio.run(main())
