# A task cancelled while waiting on a semaphore does not consume a slot; the next waiter
# gets it.
import asyncio


async def user(name, sem):
    async with sem:
        print(name, "acquired")
        await asyncio.sleep(0.01)


async def main():
    sem = asyncio.Semaphore(1)
    t1 = asyncio.create_task(user("t1", sem))
    t2 = asyncio.create_task(user("t2", sem))
    t3 = asyncio.create_task(user("t3", sem))
    await asyncio.sleep(0)
    t2.cancel()
    await asyncio.gather(t1, t3)
    print("t2 cancelled", t2.cancelled(), "locked", sem.locked())


asyncio.run(main())
