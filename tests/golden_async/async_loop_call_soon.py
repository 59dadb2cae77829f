# loop.call_soon: callbacks run FIFO on the next loop iteration, with positional arguments;
# callbacks scheduled from a callback run in a later iteration; a cancelled handle never runs.
import asyncio


def cb(name, *args):
    print("callback", name, args)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, "first")
    loop.call_soon(cb, "second", 1, 2)
    h = loop.call_soon(cb, "cancelled")
    loop.call_soon(lambda: loop.call_soon(cb, "scheduled from a callback"))
    loop.call_soon(cb, "third")
    print("handle cancelled?", h.cancelled())
    h.cancel()
    print("handle cancelled?", h.cancelled())
    print("before yielding")
    await asyncio.sleep(0)
    print("after one sleep(0)")
    await asyncio.sleep(0)
    print("after two sleep(0)")
    try:
        loop.call_soon(cb, "kw", key=1)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
