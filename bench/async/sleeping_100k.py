# 100,000 tasks sleeping at once (the peak memory is what this measures).
import asyncio


async def sleeper(i):
    await asyncio.sleep(0.1)
    return i


async def main():
    tasks = [asyncio.create_task(sleeper(i)) for i in range(100_000)]
    await asyncio.sleep(0.05)
    done = await asyncio.gather(*tasks)
    print(len(done))


asyncio.run(main())
