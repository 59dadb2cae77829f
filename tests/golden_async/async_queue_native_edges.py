# Queue edge cases: nowait errors, maxsize, priority order with ties, LIFO, join/task_done,
# a cancelled getter passing its wakeup on, repr/str.
import asyncio


async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.qsize(), q.empty(), q.full())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e))
    q.put_nowait(1)
    q.put_nowait(2)
    print(q.full(), str(q))
    try:
        q.put_nowait(3)
    except asyncio.QueueFull as e:
        print("QueueFull", type(e).__name__, type(e).__module__)
    print(q.get_nowait(), q.get_nowait(), q.empty())
    try:
        q.task_done()
        q.task_done()
        q.task_done()
    except ValueError as e:
        print("ValueError", e)

    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b"), (1, "a2"), (0, "z")]:
        pq.put_nowait(item)
    print([pq.get_nowait() for _ in range(pq.qsize())])
    pq.put_nowait(1)
    try:
        pq.put_nowait("x")
    except TypeError as e:
        print("TypeError", e)

    lq = asyncio.LifoQueue()
    for i in range(4):
        await lq.put(i)
    print([await lq.get() for _ in range(4)])

    jq = asyncio.Queue()
    done = []

    async def worker(name):
        while True:
            item = await jq.get()
            await asyncio.sleep(0.01 * item)
            done.append((name, item))
            jq.task_done()

    workers = [asyncio.create_task(worker(f"w{i}")) for i in range(2)]
    for i in range(5):
        jq.put_nowait(i)
    await jq.join()
    print(sorted(done))
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in res])

    # A getter cancelled while waiting: the item goes to the next getter.
    cq = asyncio.Queue()
    g1 = asyncio.create_task(cq.get())
    g2 = asyncio.create_task(cq.get())
    await asyncio.sleep(0)
    g1.cancel()
    cq.put_nowait("item")
    await asyncio.sleep(0)
    print(g1.cancelled(), await g2)

    # A putter blocked on a full queue.
    fq = asyncio.Queue(1)
    fq.put_nowait("a")
    p = asyncio.create_task(fq.put("b"))
    await asyncio.sleep(0)
    print(p.done(), fq.qsize())
    print(fq.get_nowait())
    await asyncio.sleep(0)
    print(p.done(), fq.get_nowait())
    print(isinstance(pq, asyncio.Queue), isinstance(lq, asyncio.Queue))


asyncio.run(main())
