# Cancelling a task that is inside wait_for cancels the inner awaitable too; the inner
# task may suppress the cancellation and wait_for then returns its result.
import asyncio


async def inner():
    try:
        await asyncio.sleep(1)
    finally:
        print("inner finally")


async def outer():
    try:
        return await asyncio.wait_for(inner(), timeout=5)
    except asyncio.CancelledError:
        print("outer sees CancelledError")
        raise


async def main():
    t = asyncio.create_task(outer())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("outer task cancelled:", t.cancelled())


asyncio.run(main())
