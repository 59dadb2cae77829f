# Awaiting a coroutine object twice: RuntimeError('cannot reuse already awaited coroutine').
import asyncio


async def value():
    return 42


async def main():
    c = value()
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)
    t = asyncio.ensure_future(value())
    print(await t, await t)


asyncio.run(main())
