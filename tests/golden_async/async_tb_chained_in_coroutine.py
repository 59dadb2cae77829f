# Exception chaining (raise ... from, implicit context) across awaits, printed with excepthook.
import asyncio
import sys


async def fetch():
    await asyncio.sleep(0)
    raise ConnectionError("network down")


async def service():
    try:
        await fetch()
    except ConnectionError as e:
        raise RuntimeError("service unavailable") from e


async def handler():
    try:
        await service()
    except RuntimeError:
        await asyncio.sleep(0)
        raise KeyError("while handling")


async def main():
    try:
        await handler()
    except KeyError as e:
        sys.excepthook(type(e), e, e.__traceback__)


asyncio.run(main())
