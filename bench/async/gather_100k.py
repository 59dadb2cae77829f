# Create 100,000 tasks and gather them.
import asyncio


async def work(i):
    await asyncio.sleep(0)
    return i


async def main():
    results = await asyncio.gather(*[work(i) for i in range(100_000)])
    print(len(results), sum(results))


asyncio.run(main())
