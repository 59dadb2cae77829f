# PriorityQueue returns the smallest item first (heap order); ties broken by the next tuple
# element.
import asyncio


async def main():
    q = asyncio.PriorityQueue()
    for item in [(3, "low"), (1, "high"), (2, "mid"), (1, "also high"), (5, "lowest")]:
        await q.put(item)
    out = []
    while not q.empty():
        out.append(await q.get())
    print(out)
    nums = asyncio.PriorityQueue(maxsize=3)
    for n in (9, 4, 7):
        nums.put_nowait(n)
    print(nums.full(), [nums.get_nowait() for _ in range(3)])
    print(isinstance(q, asyncio.Queue))


asyncio.run(main())
