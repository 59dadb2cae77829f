# asyncio.Barrier(n): wait() blocks until n tasks arrive, returns a distinct index to each;
# the barrier is reusable for the next round.
import asyncio


async def worker(name, barrier, delay):
    await asyncio.sleep(delay)
    print(name, "arrives, waiting now:", barrier.n_waiting)
    idx = await barrier.wait()
    print(name, "passes")
    return idx


async def main():
    barrier = asyncio.Barrier(3)
    print("parties", barrier.parties, "broken", barrier.broken)
    indexes = await asyncio.gather(*(worker(f"w{i}", barrier, 0.01 * i) for i in range(3)))
    print(sorted(indexes))
    indexes = await asyncio.gather(*(worker(f"r{i}", barrier, 0) for i in range(3)))
    print("second round", sorted(indexes), "waiting", barrier.n_waiting)
    b1 = asyncio.Barrier(1)
    async with b1 as idx:
        print("a single-party barrier passes at once, index", idx)


asyncio.run(main())
