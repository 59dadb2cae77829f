# Nested gathers, and the same task passed twice (its result appears twice).
import asyncio


async def val(x):
    await asyncio.sleep(0)
    return x


async def main():
    inner1 = asyncio.gather(val(1), val(2))
    inner2 = asyncio.gather(val(3), asyncio.gather(val(4), val(5)))
    print(await asyncio.gather(inner1, inner2, val(6)))
    t = asyncio.create_task(val("shared"))
    print(await asyncio.gather(t, t, val("other")))


asyncio.run(main())
