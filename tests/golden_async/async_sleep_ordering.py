# Tasks sleeping different durations finish in order of their delays, not creation order.
import asyncio

finished = []


async def sleeper(name, delay):
    await asyncio.sleep(delay)
    finished.append(name)
    print("woke", name)


async def main():
    tasks = [
        asyncio.create_task(sleeper("slow", 0.06)),
        asyncio.create_task(sleeper("fast", 0.0)),
        asyncio.create_task(sleeper("medium", 0.03)),
        asyncio.create_task(sleeper("quick", 0.01)),
    ]
    for t in tasks:
        await t
    print(finished)


asyncio.run(main())
