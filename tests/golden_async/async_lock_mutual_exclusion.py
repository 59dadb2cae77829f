# Without a lock, read-modify-write with an await in the middle loses updates; with a lock
# every increment is kept.
import asyncio


class Counter:
    def __init__(self):
        self.value = 0


async def unsafe_inc(c):
    v = c.value
    await asyncio.sleep(0)
    c.value = v + 1


async def safe_inc(c, lock):
    async with lock:
        v = c.value
        await asyncio.sleep(0)
        c.value = v + 1


async def main():
    c = Counter()
    await asyncio.gather(*(unsafe_inc(c) for _ in range(10)))
    print("unsafe", c.value)
    c = Counter()
    lock = asyncio.Lock()
    await asyncio.gather(*(safe_inc(c, lock) for _ in range(10)))
    print("safe", c.value)


asyncio.run(main())
