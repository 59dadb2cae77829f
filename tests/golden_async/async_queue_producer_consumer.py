# Producer/consumer with a bounded queue and a sentinel per consumer; consumers take items
# in FIFO order, round-robin as they become free.
import asyncio


async def producer(q, n, consumers):
    for i in range(n):
        await q.put(i)
        print("produced", i)
    for _ in range(consumers):
        await q.put(None)


async def consumer(name, q, results):
    while True:
        item = await q.get()
        if item is None:
            print(name, "stops")
            return
        print(name, "consumed", item)
        results.append((name, item))
        await asyncio.sleep(0)


async def main():
    q = asyncio.Queue(maxsize=2)
    results = []
    await asyncio.gather(producer(q, 6, 2), consumer("c1", q, results), consumer("c2", q, results))
    print(sorted(item for _, item in results))


asyncio.run(main())
