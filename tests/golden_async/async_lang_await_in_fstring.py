# await inside f-strings, conditional expressions, call arguments, subscripts and operators.
import asyncio


async def name():
    await asyncio.sleep(0)
    return "krait"


async def num(x):
    return x


async def main():
    print(f"hello {await name()}!")
    print(f"{await num(3) + await num(4):>5}|{(await name()).upper()!r}")
    print(await num(1) if await num(0) else await num(2))
    print(max(await num(5), await num(9)), [10, 20, 30][await num(1)])
    d = {"k": await num("v")}
    d[await name()] = await num(1) * 100
    print(d)
    print(not await num(0), -await num(7), await num(2) ** 3)
    x = await num(4)
    x += await num(6)
    print(x)
    lam = lambda: num(8)
    print(await lam())


asyncio.run(main())
