# The traceback of an exception caught in a coroutine lists the frames of the await chain
# (caller first) with their source lines and carets.
import asyncio
import sys


async def parse(text):
    await asyncio.sleep(0)
    return int(text)


async def load(items):
    return [await parse(t) for t in items]


async def main():
    try:
        await load(["1", "2", "three"])
    except ValueError as e:
        sys.excepthook(type(e), e, e.__traceback__)
    print("handled")


asyncio.run(main())
