# Async generator corner cases: StopAsyncIteration / StopIteration raised inside become
# RuntimeError; the awaitables from asend/athrow cannot be reused; anext() with a default.
import asyncio


async def raises_stop_async():
    yield 1
    raise StopAsyncIteration


async def raises_stop():
    yield 1
    raise StopIteration


async def empty():
    return
    yield


async def main():
    for maker in (raises_stop_async, raises_stop):
        g = maker()
        await anext(g)
        try:
            await anext(g)
        except RuntimeError as e:
            print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)
    print(await anext(empty(), "default"))
    try:
        await anext(empty())
    except StopAsyncIteration:
        print("StopAsyncIteration")
    g = empty()
    aw = g.asend(None)
    try:
        await aw
    except StopAsyncIteration:
        print("first await: StopAsyncIteration")
    try:
        await aw
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        anext([1])
    except TypeError as e:
        print("TypeError:", e)
    try:
        aiter([1])
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
