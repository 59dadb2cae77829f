# Async generators: yield inside async def, awaiting between yields, iteration with async for,
# type and attribute checks.
import asyncio
import types


async def ticker(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i
    print("ticker exhausted")


async def main():
    g = ticker(3)
    print(type(g).__name__, type(g) is types.AsyncGeneratorType)
    print(g.__name__, g.__qualname__, g.ag_running, g.ag_frame is not None)
    print(asyncio.iscoroutine(g), asyncio.iscoroutinefunction(ticker))
    print(hasattr(g, "__aiter__"), hasattr(g, "__anext__"), g.__aiter__() is g)
    async for v in g:
        print("value", v)
    print(g.ag_frame is None)
    collected = []
    async for v in ticker(4):
        collected.append(v * v)
    print(collected)
    aw = ticker(1).__anext__()
    print(type(aw).__name__)
    print(await aw)


asyncio.run(main())
