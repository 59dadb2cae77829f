# Exceptions from main() (including KeyboardInterrupt-like BaseExceptions and SystemExit) leave
# asyncio.run unchanged and can be caught around it.
import asyncio


async def raiser(exc):
    await asyncio.sleep(0)
    raise exc


for exc in (ValueError("v"), KeyError("k"), SystemExit(3), GeneratorExit()):
    try:
        asyncio.run(raiser(exc))
    except BaseException as e:
        print(type(e).__name__, repr(e), e is exc)
