# An exception escaping main() propagates out of asyncio.run: the uncaught traceback.
# Note: CPython's expected output includes frames from its own Lib/asyncio files, with their
# absolute paths and line numbers; Krait must print the same frames or list the difference
# in docs/differences.md.
import asyncio


async def inner(x):
    await asyncio.sleep(0)
    return {"a": 1}[x]


async def main():
    print("main starts")
    return await inner("b")


asyncio.run(main())
