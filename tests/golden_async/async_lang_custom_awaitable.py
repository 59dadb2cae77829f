# Objects with __await__ can be awaited; __await__ may be a generator or return an iterator.
import asyncio


class Ready:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        print("Ready.__await__")
        return self.value
        yield  # makes __await__ a generator function


class Twice:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        yield from asyncio.sleep(0).__await__()
        return "twice"


class ViaIter:
    def __await__(self):
        return iter(())


async def main():
    print(await Ready(5))
    print(await Twice())
    print(await ViaIter())
    print(await asyncio.gather(Ready(1), Twice()))


asyncio.run(main())
