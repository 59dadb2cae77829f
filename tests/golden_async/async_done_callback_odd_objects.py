# add_done_callback() with objects that are not callables the runtime would otherwise treat as its
# own waiters (a future, a task, a gathering future): the loop calls them, which fails with
# TypeError reported by the exception handler. (They were dispatched as internal wakeups, and a
# plain future handled as a gathering one crashed.) remove_done_callback(task) does not remove
# the wakeup of a task waiting on the future.
import asyncio


def handler(loop, context):
    print("handler:", context["message"].split(" at ")[0], type(context.get("exception")).__name__)


async def sleeper():
    await asyncio.sleep(0.01)
    return "slept"


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    other = loop.create_future()
    g = asyncio.gather(asyncio.sleep(0))
    t = asyncio.create_task(sleeper())
    f = loop.create_future()
    for cb in (other, g, t):
        f.add_done_callback(cb)
    print("callbacks:", len(f._callbacks))
    f.set_result(1)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    done = loop.create_future()
    done.set_result(2)
    done.add_done_callback(other)  # already done: scheduled at once
    await asyncio.sleep(0)
    print(other.done(), await g, await t)

    waited = loop.create_future()

    async def waiter():
        return await waited

    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    print("removed:", waited.remove_done_callback(w))
    waited.set_result("woken")
    print(await w)


asyncio.run(main())


async def not_callables():
    # Callbacks that are not objects of the heap (ints, floats, None, bools) nor callables.
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    f = loop.create_future()
    for cb in (1, 2.5, None, True, -7, "s"):
        f.add_done_callback(cb)
    print("removed:", f.remove_done_callback(2.5), len(f._callbacks))
    f.set_result(0)
    await asyncio.sleep(0)
    done = loop.create_future()
    done.set_result(3)
    done.add_done_callback(5)
    await asyncio.sleep(0)
    print("end")


asyncio.run(not_callables())
