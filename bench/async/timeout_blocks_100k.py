# 100,000 `async with asyncio.timeout(...)` blocks that do not expire.
import asyncio


async def main():
    n = 0
    for i in range(100_000):
        async with asyncio.timeout(10):
            n += 1
    print(n)


asyncio.run(main())
