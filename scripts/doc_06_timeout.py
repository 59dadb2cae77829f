# asyncio-doc.txt, example 6 ("Timeout"): when timed out, the task is also cancelled.
import asyncio
import random


async def task():
    await asyncio.sleep(random.random())
    print("done")


async def main():
    try:
        async with asyncio.timeout(0.5):
            await task()
    except TimeoutError:
        print("Timed out")

asyncio.run(main())
