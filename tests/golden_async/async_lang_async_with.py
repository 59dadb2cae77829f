# async with: __aenter__/__aexit__ order, the value bound by "as", exceptions seen by __aexit__,
# suppression by a true return value, and awaiting inside both methods.
import asyncio


class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        print("enter", self.name)
        await asyncio.sleep(0)
        return self.name.upper()

    async def __aexit__(self, et, ev, tb):
        await asyncio.sleep(0)
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress


async def main():
    async with Resource("a") as value:
        print("body", value)
    async with Resource("outer") as o, Resource("inner") as i:
        print("body", o, i)
    try:
        async with Resource("b"):
            raise ValueError("inside")
    except ValueError as e:
        print("propagated", e)
    async with Resource("c", suppress=True):
        raise KeyError("hidden")
    print("after suppressed")
    for n in range(3):
        async with Resource(f"loop{n}"):
            if n == 1:
                continue
            print("loop body", n)


asyncio.run(main())
