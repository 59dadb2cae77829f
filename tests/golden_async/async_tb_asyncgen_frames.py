# Tracebacks through async generators and async context managers.
import asyncio
import sys


async def numbers():
    yield 1
    yield 1 / 0


class Guard:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return False


async def main():
    try:
        async with Guard():
            async for n in numbers():
                print("got", n)
    except ZeroDivisionError as e:
        sys.excepthook(type(e), e, e.__traceback__)


asyncio.run(main())
