# asyncio-doc.txt, example 2 ("Wait for multiple tasks to complete"): asyncio.gather.
import asyncio


async def task(id):
    await asyncio.sleep(1)
    print(id)
    return id


async def main():
    tasks = [task(i) for i in range(5)]
    results = await asyncio.gather(*tasks)
    print(results)

asyncio.run(main())
