# The founding document's timeout example with fixed delays: a task finishing before the
# timeout prints "done", one that does not is cancelled and "Timed out" is printed.
import asyncio


async def task(delay):
    await asyncio.sleep(delay)
    print("done")


async def attempt(delay):
    try:
        async with asyncio.timeout(0.1):
            await task(delay)
    except TimeoutError:
        print("Timed out")


async def main():
    await attempt(0.0)
    await attempt(0.3)
    await attempt(0.01)


asyncio.run(main())
