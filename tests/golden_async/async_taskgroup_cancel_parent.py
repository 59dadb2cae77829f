# Cancelling the task that runs a TaskGroup cancels all its children; the group re-raises
# CancelledError (not an ExceptionGroup) once the children are done.
import asyncio


async def child(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def parent():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("a"))
            tg.create_task(child("b"))
            print("parent waiting")
    except asyncio.CancelledError:
        print("parent got CancelledError")
        raise


async def main():
    t = asyncio.create_task(parent())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("parent task cancelled:", t.cancelled())


asyncio.run(main())
