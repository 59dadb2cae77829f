# The traceback of a TaskGroup's ExceptionGroup, printed from where it was caught.
import asyncio
import sys


async def fails(n):
    await asyncio.sleep(0)
    raise ValueError(f"task {n} failed")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fails(1))
            tg.create_task(fails(2))
    except ExceptionGroup as eg:
        for exc in eg.exceptions:
            sys.excepthook(type(exc), exc, exc.__traceback__)


asyncio.run(main())
