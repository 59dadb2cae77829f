# Code that is NOT a SyntaxError: await/async for/async with inside async def (also nested
# inside plain blocks), async def inside def and in a class, an async comprehension inside
# async def, and compile() of an async def.
import asyncio


def factory():
    async def inner():
        if True:
            for _ in range(1):
                while True:
                    await asyncio.sleep(0)
                    break
        async with asyncio.Lock():
            pass
        return [x async for x in agen()]
    return inner


async def agen():
    yield "ok"


class Holder:
    async def method(self):
        return await factory()()


print("await in a string is fine")
print(asyncio.run(Holder().method()))
code = compile("async def g():\n    await h()\n", "<s>", "exec")
print(type(code).__name__)
