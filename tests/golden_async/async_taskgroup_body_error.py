# An exception raised in the body of async with TaskGroup cancels the tasks and is included
# in the raised ExceptionGroup (after waiting for the children to finish).
import asyncio


async def child(name):
    try:
        await asyncio.sleep(1)
    finally:
        print(name, "cleaned up")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("c1"))
            tg.create_task(child("c2"))
            await asyncio.sleep(0)
            raise RuntimeError("body failed")
    except ExceptionGroup as eg:
        print(repr(eg))


asyncio.run(main())
