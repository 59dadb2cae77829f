# Task.cancel(msg): the task sees CancelledError(msg) at its await; whoever awaits the
# cancelled task gets a CancelledError carrying the same message.
import asyncio


async def victim():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print("victim sees", repr(e), e.args)
        raise


async def main():
    t = asyncio.create_task(victim())
    await asyncio.sleep(0)
    print("cancel returns", t.cancel("stop now"))
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiter sees", repr(e), e.args)
    print(t.cancelled(), t.done())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result() raises", repr(e))
    t2 = asyncio.create_task(victim())
    await asyncio.sleep(0)
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError as e:
        print("no message:", repr(e), e.args)


asyncio.run(main())
