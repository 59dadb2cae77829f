# await inside ordinary comprehensions (list/set/dict/generator) in a coroutine, and in
# conditions; the comprehension runs in order.
import asyncio


async def double(x):
    await asyncio.sleep(0)
    print("double", x)
    return 2 * x


async def is_even(x):
    return x % 2 == 0


async def main():
    print([await double(x) for x in range(3)])
    print({await double(x) for x in [1, 1, 2]})
    print({x: await double(x) for x in range(2)})
    print([x for x in range(6) if await is_even(x)])
    g = (await double(x) for x in range(2))
    print(type(g).__name__)
    print([v async for v in g])
    print(sum([await double(x) for x in range(4)]))


asyncio.run(main())
