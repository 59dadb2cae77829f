# gather(return_exceptions=True): exceptions are returned in the result list in place of
# values (like Promise.allSettled), including CancelledError for a cancelled child.
import asyncio


async def inverse(x):
    await asyncio.sleep(0)
    return 1 / x


async def sleeper():
    await asyncio.sleep(1)


async def main():
    results = await asyncio.gather(*(inverse(i) for i in range(4)), return_exceptions=True)
    print(results)
    print([type(r).__name__ for r in results])
    victim = asyncio.create_task(sleeper())
    loop = asyncio.get_running_loop()
    loop.call_soon(victim.cancel)
    results = await asyncio.gather(inverse(2), victim, return_exceptions=True)
    print(results, type(results[1]).__name__)


asyncio.run(main())
