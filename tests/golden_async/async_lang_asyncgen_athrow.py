# Async generator athrow(): the exception is raised at the yield; the generator may handle it
# and yield again, or let it propagate (then the generator is finished).
import asyncio


async def resilient():
    for i in range(3):
        try:
            yield i
        except ValueError as e:
            print("gen handled", repr(e))
            yield f"recovered {i}"


async def fragile():
    try:
        yield 1
    finally:
        print("fragile finally")


async def main():
    g = resilient()
    print(await anext(g))
    print(await g.athrow(ValueError("v")))
    print(await anext(g))
    try:
        await g.athrow(KeyError("k"))
    except KeyError as e:
        print("propagated", repr(e))
    try:
        await anext(g)
    except StopAsyncIteration:
        print("finished")
    f = fragile()
    print(await anext(f))
    try:
        await f.athrow(RuntimeError("r"))
    except RuntimeError as e:
        print("propagated", repr(e))
    unstarted = fragile()
    try:
        await unstarted.athrow(IndexError("i"))
    except IndexError as e:
        print("unstarted raised", repr(e))


asyncio.run(main())
