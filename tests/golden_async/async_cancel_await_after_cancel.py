# After catching CancelledError a task may still await (cleanup), and may re-raise later;
# a second cancel() during cleanup interrupts the cleanup's await.
import asyncio


async def worker():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("cleanup 1 starting")
        await asyncio.sleep(0.01)
        print("cleanup 1 finished")
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("cleanup 2 interrupted by second cancel")
        raise


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0.1)
    print("task still running:", not t.done())
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("task finally cancelled", t.cancelled(), t.cancelling())


asyncio.run(main())
