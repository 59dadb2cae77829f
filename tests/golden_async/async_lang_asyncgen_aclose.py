# Async generator aclose(): GeneratorExit at the yield, finally blocks may await; yielding
# during aclose is a RuntimeError; aclose on a finished or unstarted generator is a no-op.
import asyncio


async def cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup starts")
        await asyncio.sleep(0)
        print("cleanup done")


async def ignores():
    try:
        yield 1
    except GeneratorExit:
        print("caught GeneratorExit")
        yield 2


async def catches_and_returns():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit, returning")
        return


async def main():
    g = cleanup()
    print(await anext(g))
    print(await g.aclose())
    print(await g.aclose())
    try:
        await anext(g)
    except StopAsyncIteration:
        print("StopAsyncIteration after aclose")
    i = ignores()
    await anext(i)
    try:
        await i.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)
    c = catches_and_returns()
    await anext(c)
    await c.aclose()
    print("closed quietly")
    u = cleanup()
    await u.aclose()
    print("unstarted closed without running finally")


asyncio.run(main())
