# A TaskGroup of 50,000 tasks.
import asyncio


async def work(i, out):
    await asyncio.sleep(0)
    out.append(i)


async def main():
    out = []
    async with asyncio.TaskGroup() as tg:
        for i in range(50_000):
            tg.create_task(work(i, out))
    print(len(out), sum(out))


asyncio.run(main())
