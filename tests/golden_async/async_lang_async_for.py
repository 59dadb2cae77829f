# async for over an object with __aiter__/__anext__: StopAsyncIteration ends the loop,
# else clause, break, continue, and nested async for.
import asyncio


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        print("__aiter__")
        return self

    async def __anext__(self):
        await asyncio.sleep(0)
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def main():
    async for i in Countdown(3):
        print("got", i)
    else:
        print("else runs after exhaustion")
    async for i in Countdown(5):
        if i == 3:
            continue
        if i == 1:
            print("break at", i)
            break
        print("got", i)
    else:
        print("not printed")
    pairs = []
    async for a in Countdown(2):
        async for b in Countdown(2):
            pairs.append((a, b))
    print(pairs)
    it = Countdown(1)
    print(await it.__anext__())
    try:
        await it.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration")


asyncio.run(main())
