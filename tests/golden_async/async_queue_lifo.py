# LifoQueue returns the most recently added item first.
import asyncio


async def main():
    q = asyncio.LifoQueue()
    for i in range(5):
        await q.put(i)
    print([await q.get() for _ in range(3)])
    await q.put("new")
    print([q.get_nowait() for _ in range(q.qsize())])
    print(isinstance(q, asyncio.Queue), q.empty())


asyncio.run(main())
