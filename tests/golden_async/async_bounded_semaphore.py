# asyncio.BoundedSemaphore: releasing more times than acquired raises ValueError.
import asyncio


async def main():
    sem = asyncio.BoundedSemaphore(2)
    await sem.acquire()
    sem.release()
    try:
        sem.release()
    except ValueError as e:
        print("ValueError:", e)
    async with sem:
        async with sem:
            print("both slots taken, locked?", sem.locked())
    print("locked?", sem.locked())
    print(isinstance(sem, asyncio.Semaphore))


asyncio.run(main())
