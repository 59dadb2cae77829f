# asyncio.Condition: wait() releases the lock until notified; notify(n) wakes n waiters in
# FIFO order; notify_all wakes the rest; using it without the lock is an error.
import asyncio


async def consumer(name, cond, box):
    async with cond:
        print(name, "waiting")
        await cond.wait()
        print(name, "notified, box =", box)


async def main():
    cond = asyncio.Condition()
    box = []
    tasks = [asyncio.create_task(consumer(f"c{i}", cond, box)) for i in range(4)]
    await asyncio.sleep(0)
    async with cond:
        box.append("first")
        cond.notify()
        print("notified one")
    await asyncio.sleep(0)
    async with cond:
        box.append("second")
        cond.notify(2)
        print("notified two")
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
        print("notified all")
    await asyncio.gather(*tasks)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    lock = asyncio.Lock()
    c2 = asyncio.Condition(lock)
    async with c2:
        print("shared lock locked?", lock.locked())


asyncio.run(main())
