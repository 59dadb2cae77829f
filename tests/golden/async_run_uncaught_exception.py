# An exception escaping main() propagates out of asyncio.run: the uncaught traceback.
import asyncio


async def inner(x):
    await asyncio.sleep(0)
    return {"a": 1}[x]


async def main():
    print("main starts")
    return await inner("b")


asyncio.run(main())
