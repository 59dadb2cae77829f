# return / break / continue / exceptions leaving an async with block still await __aexit__,
# and async for / async with inside try/finally unwind in the right order.
import asyncio


class Tracer:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print("enter", self.name)

    async def __aexit__(self, et, ev, tb):
        await asyncio.sleep(0)
        print("exit", self.name, et.__name__ if et else None)


async def early_return():
    async with Tracer("ret"):
        return "returned value"


async def loop_break():
    for i in range(3):
        async with Tracer(f"brk{i}"):
            if i == 1:
                break
    return i


async def nested_unwind():
    try:
        async with Tracer("outer"):
            async with Tracer("inner"):
                raise IndexError("unwind")
    finally:
        print("finally after both exits")


async def main():
    print(await early_return())
    print(await loop_break())
    try:
        await nested_unwind()
    except IndexError as e:
        print("caught", e)


asyncio.run(main())
