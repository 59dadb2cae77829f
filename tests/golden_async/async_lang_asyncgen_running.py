# An async generator driven by two awaiters at once: anext()/aclose()/athrow() while an asend is
# pending are RuntimeErrors; ag_running and ag_await while suspended in an inner await;
# athrow() with a type and value; cancelling a task awaiting anext().
import asyncio


async def agen():
    try:
        yield 1
        await asyncio.sleep(0)
        yield 2
    finally:
        print("agen finally")


async def slow():
    await asyncio.sleep(0.1)
    yield "slow"


async def main():
    g = agen()
    print(g.ag_running, g.ag_await)
    print(await g.__anext__())
    t = asyncio.ensure_future(g.__anext__())
    await asyncio.sleep(0)
    print("running:", g.ag_running, type(g.ag_await).__name__)
    for make in (g.__anext__, g.aclose, lambda: g.athrow(ValueError)):
        try:
            await make()
        except RuntimeError as e:
            print("RuntimeError:", e)
    print(await t)
    try:
        await g.athrow(KeyError, "k")
    except KeyError as e:
        print("KeyError", e)
    print(g.ag_running, g.ag_frame)
    try:
        print("athrow on finished:", await g.athrow(ValueError))
    except BaseException as e:
        print("athrow on finished raised", type(e).__name__)
    print(await g.aclose())
    s = slow()
    t2 = asyncio.ensure_future(anext(s))
    await asyncio.sleep(0)
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError:
        print("cancelled", s.ag_running)
    try:
        print(await anext(s))
    except BaseException as e:
        print(type(e).__name__, e)


asyncio.run(main())


def sync():
    yield from agen()


for attempt in (lambda: list(sync()), lambda: [x for x in agen()]):
    try:
        attempt()
    except TypeError as e:
        print("TypeError:", e)
