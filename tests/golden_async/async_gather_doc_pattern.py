# The founding document's gather examples with short sleeps: plain gather, then
# return_exceptions=True where task 0 divides by zero.
import asyncio


async def task(id):
    await asyncio.sleep(0.01)
    print(id)
    return id


async def inverse(id):
    await asyncio.sleep(0.01)
    return 1 / id


async def main():
    tasks = [task(i) for i in range(5)]
    results = await asyncio.gather(*tasks)
    print(results)
    results = await asyncio.gather(*[inverse(i) for i in range(5)], return_exceptions=True)
    print(results)


asyncio.run(main())
