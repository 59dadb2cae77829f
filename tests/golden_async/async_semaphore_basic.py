# asyncio.Semaphore limits how many tasks hold it at once; waiters are served in FIFO order.
# Each worker holds it for a number of loop iterations (sleep(0)), so the order is exact.
import asyncio

active = 0
peak = 0


async def worker(name, sem, hold):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        print(name, "start, active", active)
        for _ in range(hold):
            await asyncio.sleep(0)
        active -= 1
        print(name, "end")


async def main():
    sem = asyncio.Semaphore(2)
    print("locked?", sem.locked())
    holds = [1, 3, 5, 1, 1]
    await asyncio.gather(*(worker(f"w{i}", sem, h) for i, h in enumerate(holds)))
    print("peak", peak)
    print(await sem.acquire(), await sem.acquire(), sem.locked())
    sem.release()
    sem.release()
    sem.release()
    print("release beyond the initial value is allowed; locked?", sem.locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    z = asyncio.Semaphore(0)
    print("zero locked?", z.locked())


asyncio.run(main())
