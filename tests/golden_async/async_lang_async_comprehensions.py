# Asynchronous comprehensions: async for in list/set/dict comprehensions and generator
# expressions, with conditions, nested loops, and mixing sync and async for clauses.
import asyncio


async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def main():
    print([x async for x in agen(5)])
    print([x * 10 async for x in agen(6) if x % 2])
    print(sorted({x % 3 async for x in agen(7)}))
    print({x: x * x async for x in agen(4)})
    print([(a, b) async for a in agen(2) for b in range(2)])
    print([(a, b) for a in range(2) async for b in agen(2)])
    gen = (x + 1 async for x in agen(3))
    print(type(gen).__name__)
    print([y async for y in gen])
    print([x async for x in agen(0)])
    inner = [[y async for y in agen(x)] for x in range(3)]
    print(inner)


asyncio.run(main())
