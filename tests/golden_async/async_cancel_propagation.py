# Cancelling a task that awaits another task: the cancellation is forwarded to the awaited
# task (the innermost sleep), and travels back out through every await.
import asyncio


async def leaf():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print("leaf cancelled", e.args)
        raise


async def middle(leaf_task):
    try:
        await leaf_task
    except asyncio.CancelledError as e:
        print("middle sees", e.args)
        raise


async def main():
    lt = asyncio.create_task(leaf())
    mt = asyncio.create_task(middle(lt))
    await asyncio.sleep(0)
    mt.cancel("top-down")
    try:
        await mt
    except asyncio.CancelledError as e:
        print("main sees", e.args)
    print("leaf cancelled:", lt.cancelled(), "middle cancelled:", mt.cancelled())


asyncio.run(main())
