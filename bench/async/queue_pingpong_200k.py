# Two tasks pass 200,000 messages back and forth through a pair of queues.
import asyncio

N = 200_000


async def ping(out_q, in_q):
    for i in range(N // 2):
        await out_q.put(i)
        await in_q.get()


async def pong(in_q, out_q):
    total = 0
    for _ in range(N // 2):
        v = await in_q.get()
        total += v
        await out_q.put(v)
    return total


async def main():
    a, b = asyncio.Queue(), asyncio.Queue()
    t1 = asyncio.create_task(ping(a, b))
    t2 = asyncio.create_task(pong(a, b))
    await t1
    print(await t2)


asyncio.run(main())
