# Async generator asend(): values sent in become the value of the yield expression.
import asyncio


async def accumulator():
    total = 0
    while True:
        got = yield total
        if got is None:
            break
        await asyncio.sleep(0)
        total += got
    yield f"final {total}"


async def main():
    g = accumulator()
    print(await g.asend(None))
    print(await g.asend(5))
    print(await g.asend(10))
    print(await g.asend(None))
    try:
        await g.asend(None)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    h = accumulator()
    try:
        await h.asend(1)
    except TypeError as e:
        print("TypeError:", e)
    print(await anext(h))
    print(await h.asend(2))
    await h.aclose()
    try:
        await h.asend(3)
    except StopAsyncIteration:
        print("closed: StopAsyncIteration")


asyncio.run(main())
