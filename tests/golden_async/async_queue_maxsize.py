# A bounded Queue: put() blocks while full; blocked putters resume in FIFO order as items are
# taken.
import asyncio


async def producer(q, name, items):
    for item in items:
        await q.put(item)
        print(name, "put", item, "qsize", q.qsize())


async def main():
    q = asyncio.Queue(maxsize=2)
    p1 = asyncio.create_task(producer(q, "p1", [1, 2, 3]))
    p2 = asyncio.create_task(producer(q, "p2", ["x", "y"]))
    await asyncio.sleep(0.01)
    print("full", q.full(), "qsize", q.qsize())
    got = []
    while len(got) < 5:
        got.append(await q.get())
        await asyncio.sleep(0)
    print(got)
    await asyncio.gather(p1, p2)
    print("empty", q.empty())


asyncio.run(main())
