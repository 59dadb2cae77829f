# asyncio.Lock: acquire/release, locked(), async with, and releasing an unlocked lock.
import asyncio


async def main():
    lock = asyncio.Lock()
    print("locked", lock.locked())
    print("acquire ->", await lock.acquire())
    print("locked", lock.locked())
    lock.release()
    print("locked", lock.locked())
    async with lock as value:
        print("inside async with, value", value, "locked", lock.locked())
    print("locked", lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        async with lock:
            raise ValueError("inside")
    except ValueError:
        print("released after exception:", not lock.locked())
    try:
        with lock:
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__)


asyncio.run(main())
