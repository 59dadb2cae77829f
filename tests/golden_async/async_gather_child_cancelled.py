# A child cancelled from outside makes gather raise CancelledError (without
# return_exceptions); the other children keep running.
import asyncio


async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "finished")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    a = asyncio.create_task(child("a", 1))
    b = asyncio.create_task(child("b", 0.15))
    g = asyncio.gather(a, b)
    await asyncio.sleep(0)
    a.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather raised CancelledError; b done?", b.done())
    await b
    print("b result", b.result())


asyncio.run(main())
