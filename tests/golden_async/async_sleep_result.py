# asyncio.sleep returns its result argument (default None); sleep(0) just yields once;
# negative delays behave like 0.
import asyncio


async def main():
    print(await asyncio.sleep(0))
    print(await asyncio.sleep(0, "zero"))
    print(await asyncio.sleep(0.01, result=[1, 2]))
    print(await asyncio.sleep(-5, "negative"))
    obj = object()
    print(await asyncio.sleep(0, obj) is obj)
    c = asyncio.sleep(0)
    print(type(c).__name__, asyncio.iscoroutine(c))
    await c
    try:
        await asyncio.sleep("1")
    except TypeError as e:
        print("TypeError:", type(e).__name__)


asyncio.run(main())
