# ensure_future: wraps coroutines and awaitables in Tasks, returns futures and tasks as they
# are, and rejects anything else.
import asyncio


async def coro():
    return "from coro"


class Awaitable:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return "from awaitable"


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.ensure_future(coro())
    print(type(t).__name__, await t)
    print(asyncio.ensure_future(t) is t)
    f = loop.create_future()
    print(asyncio.ensure_future(f) is f)
    f.cancel()
    w = asyncio.ensure_future(Awaitable())
    print(type(w).__name__, await w)
    for bad in (42, "str", None):
        try:
            asyncio.ensure_future(bad)
        except TypeError as e:
            print("TypeError:", e)


asyncio.run(main())
