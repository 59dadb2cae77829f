# asyncio-doc.txt, example 5 ("Wait for the first task"): asyncio.wait with FIRST_COMPLETED.
import asyncio
import random


async def task(id):
    await asyncio.sleep(random.random())
    print(id)
    return id


async def main():
    # must be a list of Tasks, not coroutines
    tasks = [asyncio.create_task(task(i)) for i in range(5)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("done", [x.result() for x in done])
    print("pending tasks:", len(pending))
    for x in pending:
        x.cancel()

asyncio.run(main())
