# Future.cancel(msg): cancelled state, the message in CancelledError, awaiting a cancelled
# future, and cancel() return values.
import asyncio


async def waiter(fut):
    try:
        await fut
    except asyncio.CancelledError as e:
        print("waiter got", repr(e))
        return "waiter handled it"


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f.cancel("reason"), f.cancel("again"), f.cancelled(), f.done())
    try:
        f.result()
    except asyncio.CancelledError as e:
        print("result:", repr(e))
    try:
        f.exception()
    except asyncio.CancelledError as e:
        print("exception:", repr(e))

    g = loop.create_future()
    t = asyncio.create_task(waiter(g))
    await asyncio.sleep(0)
    g.cancel("from main")
    print(await t)
    print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))


asyncio.run(main())
