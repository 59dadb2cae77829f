# Barrier.abort() breaks the barrier: current and future waiters get BrokenBarrierError;
# reset() makes it usable again.
import asyncio


async def waiter(name, barrier):
    try:
        await barrier.wait()
        print(name, "passed")
    except asyncio.BrokenBarrierError as e:
        print(name, "BrokenBarrierError", repr(e))


async def main():
    barrier = asyncio.Barrier(3)
    tasks = [asyncio.create_task(waiter(f"w{i}", barrier)) for i in range(2)]
    await asyncio.sleep(0)
    print("waiting:", barrier.n_waiting)
    await barrier.abort()
    await asyncio.gather(*tasks)
    print("broken", barrier.broken)
    await waiter("late", barrier)
    await barrier.reset()
    print("broken after reset", barrier.broken)
    await asyncio.gather(*(waiter(f"x{i}", barrier) for i in range(3)))
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
