# Cancelling a task before its first step: the coroutine body never runs, and the task ends
# cancelled; cancel() on a finished task returns False.
import asyncio


async def body():
    print("body runs (not printed)")


async def quick():
    return 1


async def main():
    t = asyncio.create_task(body())
    print("cancel:", t.cancel())
    print("cancel again:", t.cancel(), "cancelling", t.cancelling())
    try:
        await t
    except asyncio.CancelledError:
        print("awaiting raised CancelledError")
    print(t.cancelled())
    q = asyncio.create_task(quick())
    await q
    print("cancel finished task:", q.cancel(), q.cancelled(), q.result())


asyncio.run(main())
