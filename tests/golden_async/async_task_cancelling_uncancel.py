# Task.cancelling() counts pending cancel requests; uncancel() decrements it; cancel() on an
# already-cancelling task still returns True and bumps the count.
import asyncio


async def sleeper(log):
    me = asyncio.current_task()
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append(("in task", me.cancelling()))
        print("uncancel ->", me.uncancel())
        print("uncancel ->", me.uncancel())
        print("uncancel at 0 ->", me.uncancel())
    return "returned"


async def main():
    log = []
    t = asyncio.create_task(sleeper(log))
    await asyncio.sleep(0)
    print("cancelling before:", t.cancelling())
    print(t.cancel(), t.cancelling())
    print(t.cancel("again"), t.cancelling())
    print(await t, log, t.cancelling(), t.cancelled())


asyncio.run(main())
