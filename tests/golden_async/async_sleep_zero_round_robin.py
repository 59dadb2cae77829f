# sleep(0) yields to the loop: tasks interleave round-robin, in creation order.
import asyncio


async def worker(name, steps):
    for i in range(steps):
        print(name, i)
        await asyncio.sleep(0)
    print(name, "done")


async def main():
    await asyncio.gather(worker("a", 3), worker("b", 2), worker("c", 4))


asyncio.run(main())
