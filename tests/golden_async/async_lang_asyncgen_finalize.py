# A partially iterated async generator still alive when main() returns is finalised by
# asyncio.run (loop.shutdown_asyncgens): its finally block runs, and may await.
import asyncio

kept = []


async def stream(name):
    try:
        for i in range(10):
            yield i
    finally:
        print("finalising", name)
        await asyncio.sleep(0)
        print("finalised", name)


async def main():
    g = stream("g")
    kept.append(g)
    async for v in g:
        print("value", v)
        if v == 2:
            break
    print("main returns")


asyncio.run(main())
print("after run")
