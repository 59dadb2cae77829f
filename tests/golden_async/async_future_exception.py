# Future.set_exception: result() re-raises, exception() returns it, awaiting raises it;
# an exception class is instantiated; StopIteration is refused.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    err = ValueError("stored")
    f.set_exception(err)
    print(f.done(), f.exception() is err)
    try:
        f.result()
    except ValueError as e:
        print("result() raised", repr(e), e is err)
    try:
        await f
    except ValueError as e:
        print("await raised", repr(e))

    g = loop.create_future()
    g.set_exception(KeyError)
    print(repr(g.exception()))

    h = loop.create_future()
    try:
        h.set_exception(StopIteration("no"))
    except TypeError as e:
        print("TypeError:", e)
    try:
        h.set_exception(StopIteration)
    except TypeError as e:
        print("TypeError:", e)
    try:
        h.set_exception(42)
    except TypeError as e:
        print("TypeError:", e)
    print(h.done())
    h.cancel()


asyncio.run(main())
