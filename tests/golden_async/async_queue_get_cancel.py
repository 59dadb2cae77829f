# Cancelling a task blocked in Queue.get() does not lose an item; wait_for around get() times
# out cleanly.
import asyncio


async def main():
    q = asyncio.Queue()
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    getter.cancel()
    await asyncio.sleep(0)
    q.put_nowait("kept")
    print("getter cancelled", getter.cancelled(), "qsize", q.qsize())
    print(await q.get())
    try:
        await asyncio.wait_for(q.get(), 0.01)
    except TimeoutError:
        print("TimeoutError, qsize", q.qsize())
    q.put_nowait("after timeout")
    print(await asyncio.wait_for(q.get(), 0.1))


asyncio.run(main())
