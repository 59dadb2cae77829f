# The traceback of an exception raised inside a separate task and re-raised by awaiting it:
# the awaiting frame, then the task coroutine's frames.
import asyncio
import sys


async def worker(n):
    await asyncio.sleep(0)
    return helper(n)


def helper(n):
    return [1, 2][n]


async def main():
    t = asyncio.create_task(worker(5))
    try:
        await t
    except IndexError as e:
        sys.excepthook(type(e), e, e.__traceback__)
    try:
        t.result()
    except IndexError as e:
        print("result() re-raises the same object:", e is t.exception())


asyncio.run(main())
