# asyncio.Event: waiters block until set(), all are woken in the order they started waiting;
# wait() on a set event returns True at once; clear() makes new waiters block again.
import asyncio


async def waiter(name, ev):
    print(name, "waiting")
    r = await ev.wait()
    print(name, "woke with", r)


async def main():
    ev = asyncio.Event()
    print("is_set", ev.is_set())
    tasks = [asyncio.create_task(waiter(n, ev)) for n in ("w1", "w2", "w3")]
    await asyncio.sleep(0)
    print("setting")
    ev.set()
    ev.set()
    print("is_set", ev.is_set())
    await asyncio.gather(*tasks)
    print("already set:", await ev.wait())
    ev.clear()
    print("is_set after clear", ev.is_set())
    late = asyncio.create_task(waiter("late", ev))
    await asyncio.sleep(0.01)
    print("late done?", late.done())
    ev.set()
    await late
    print(repr(ev).endswith("[set]>"))


asyncio.run(main())
