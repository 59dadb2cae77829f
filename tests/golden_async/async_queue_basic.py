# asyncio.Queue: FIFO order, qsize/empty/full, maxsize 0 means unbounded, get waits for put.
import asyncio


async def main():
    q = asyncio.Queue()
    print("maxsize", q.maxsize, "empty", q.empty(), "full", q.full(), "qsize", q.qsize())
    for x in ("a", "b", "c"):
        await q.put(x)
    q.put_nowait("d")
    print("qsize", q.qsize(), "full", q.full())
    print([await q.get() for _ in range(2)], q.get_nowait(), q.get_nowait())
    print("empty", q.empty())

    async def late_put():
        await asyncio.sleep(0.01)
        print("putting")
        await q.put("late item")

    t = asyncio.create_task(late_put())
    print("getting (blocks)")
    print("got", await q.get())
    await t


asyncio.run(main())
