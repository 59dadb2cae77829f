# TaskGroup edge cases: repr, errors after exit, names, failures collected into an
# ExceptionGroup, siblings cancelled, the parent cancelled from outside.
import asyncio


async def ok(n):
    await asyncio.sleep(0.01 * n)
    return n


async def fail(n, exc):
    await asyncio.sleep(0.01 * n)
    raise exc


async def main():
    tg = asyncio.TaskGroup()
    print(repr(tg))
    c = ok(1)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("RuntimeError", e)
    c.close()
    async with tg:
        t1 = tg.create_task(ok(1), name="first")
        t2 = tg.create_task(ok(2))
        print(repr(tg), t1.get_name())
    print(t1.result(), t2.result(), repr(tg))
    coro = ok(1)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError", e)
    coro.close()

    try:
        async with asyncio.TaskGroup() as tg2:
            a = tg2.create_task(ok(5))
            tg2.create_task(fail(1, ValueError("v")))
            tg2.create_task(fail(2, KeyError("k")))
    except* ValueError as eg:
        print("caught ValueError group", [repr(e) for e in eg.exceptions])
    except* KeyError as eg:
        print("caught KeyError group", [repr(e) for e in eg.exceptions])
    print("a cancelled:", a.cancelled())

    async def outer():
        async with asyncio.TaskGroup() as tg3:
            tg3.create_task(ok(10))
            tg3.create_task(ok(20))

    t = asyncio.create_task(outer())
    await asyncio.sleep(0.05)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("outer cancelled", t.cancelled())

    try:
        async with asyncio.TaskGroup() as tg4:
            tg4.create_task(ok(1))
            raise RuntimeError("body")
    except ExceptionGroup as eg:
        print(repr(eg))

    try:
        async with asyncio.TaskGroup() as tg5:
            tg5.create_task(123)
    except ExceptionGroup as eg:
        print("group of", [repr(e) for e in eg.exceptions])


asyncio.run(main())
