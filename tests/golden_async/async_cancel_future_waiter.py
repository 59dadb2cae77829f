# Cancelling a task blocked on a plain Future cancels that future as well.
import asyncio


async def waiter(fut):
    await fut


async def main():
    fut = asyncio.get_running_loop().create_future()
    t = asyncio.create_task(waiter(fut))
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    print("future cancelled:", fut.cancelled(), "task done:", t.done())
    await asyncio.sleep(0)
    print("task cancelled:", t.cancelled())


asyncio.run(main())
