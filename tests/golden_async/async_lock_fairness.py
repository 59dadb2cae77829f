# asyncio.Lock is fair: waiters acquire it in the order they asked for it; a cancelled
# waiter is skipped.
import asyncio

order = []


async def user(name, lock, hold):
    async with lock:
        order.append(name)
        print(name, "has the lock")
        await asyncio.sleep(hold)
    print(name, "released")


async def main():
    lock = asyncio.Lock()
    tasks = [asyncio.create_task(user(f"u{i}", lock, 0.01)) for i in range(4)]
    await asyncio.sleep(0)
    tasks[2].cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print(order)
    print([type(r).__name__ for r in results])
    print("locked at end", lock.locked())


asyncio.run(main())
