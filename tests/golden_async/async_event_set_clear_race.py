# set() followed by clear() before the waiters run: waiters still wake (they were woken by
# set), and a waiter cancelled while waiting does not break the others.
import asyncio


async def waiter(name, ev):
    await ev.wait()
    print(name, "woke")


async def main():
    ev = asyncio.Event()
    a = asyncio.create_task(waiter("a", ev))
    b = asyncio.create_task(waiter("b", ev))
    c = asyncio.create_task(waiter("c", ev))
    await asyncio.sleep(0)
    b.cancel()
    ev.set()
    ev.clear()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("a", a.done(), "b cancelled", b.cancelled(), "c", c.done(), "is_set", ev.is_set())


asyncio.run(main())
