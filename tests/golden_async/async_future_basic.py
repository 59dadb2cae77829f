# Future basics: pending state, set_result, result, done, cancelled, exception() == None,
# awaiting a future resolved later by a callback.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(type(f).__name__, f.done(), f.cancelled())
    f.set_result({"answer": 42})
    print(f.done(), f.cancelled(), f.result(), f.exception())
    print(await f)
    print(await f)

    g = asyncio.Future()
    print(g.get_loop() is loop)
    loop.call_later(0.01, g.set_result, "resolved later")
    print("waiting")
    print(await g)

    h = loop.create_future()
    loop.call_soon(h.set_result, None)
    print(await h)
    print(asyncio.isfuture(h), asyncio.isfuture(object()))


asyncio.run(main())
