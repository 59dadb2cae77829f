# async def / await: values flow through a chain of awaited coroutines.
import asyncio


async def leaf(x):
    print("leaf", x)
    return x * 2


async def middle(x):
    a = await leaf(x)
    b = await leaf(a)
    print("middle got", a, b)
    return a + b


async def main():
    r = await middle(3)
    print("result", r)
    total = 0
    for i in range(3):
        total += await leaf(i)
    print("total", total)
    return "main done"


print(asyncio.run(main()))
