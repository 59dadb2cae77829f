# A coroutine that yields something other than a Future to its Task: the task fails with
# RuntimeError describing the bad yield.
import asyncio
import types


@types.coroutine
def bad_yield(value):
    yield value


async def culprit(value):
    await bad_yield(value)


async def main():
    for value in (42, "text", [1]):
        try:
            await asyncio.create_task(culprit(value))
        except RuntimeError as e:
            print("RuntimeError:", e)
    print(await asyncio.create_task(bare_yield_none()))


@types.coroutine
def yield_none():
    yield


async def bare_yield_none():
    await yield_none()
    return "a bare yield just reschedules the task"


asyncio.run(main())
