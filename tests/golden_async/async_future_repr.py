# repr() of futures in each state (no addresses in these reprs).
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f))
    f.set_result([1, "two"])
    print(repr(f))
    g = loop.create_future()
    g.set_exception(ValueError("bad"))
    print(repr(g))
    g.exception()
    h = loop.create_future()
    h.cancel()
    print(repr(h))
    print(str(h))


asyncio.run(main())
