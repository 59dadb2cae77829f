# asyncio.wait argument errors: empty set, bare coroutines (forbidden in 3.11), bad
# return_when, a single future instead of an iterable.
import asyncio


async def job():
    return 1


async def main():
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    c = job()
    try:
        await asyncio.wait([c])
    except TypeError as e:
        print("TypeError:", e)
    c.close()
    t = asyncio.create_task(job())
    try:
        await asyncio.wait([t], return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.wait(t)
    except TypeError as e:
        print("TypeError:", e)
    await t


asyncio.run(main())
