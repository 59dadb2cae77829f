# Queue(maxsize) with floats and huge ints: full() is qsize() >= maxsize when maxsize > 0, so
# NaN, infinities and ints beyond 64 bits never fill it, and 1.5 fills it at 2 items.
# (A NaN or huge maxsize was converted to int64 with undefined behaviour.)
import asyncio


async def main():
    for m in [float("nan"), float("inf"), -float("inf"), 1.5, 2**70, -(2**70), 1e300, 0.5, -0.5]:
        q = asyncio.Queue(m)
        n = 0
        while not q.full() and n < 5:
            q.put_nowait(n)
            n += 1
        print(repr(q.maxsize), n, q.full())


asyncio.run(main())
