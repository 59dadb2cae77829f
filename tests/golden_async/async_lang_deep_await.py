# Deep chains of awaits (recursion through coroutines) and many sequential awaits.
import asyncio


async def depth(n):
    if n == 0:
        await asyncio.sleep(0)
        return 0
    return 1 + await depth(n - 1)


async def fib(n):
    if n < 2:
        return n
    return await fib(n - 1) + await fib(n - 2)


async def main():
    print(await depth(200))
    print(await fib(15))
    total = 0
    for i in range(2000):
        total += await asyncio.sleep(0, i) if i % 100 == 0 else i
    print(total)


asyncio.run(main())
