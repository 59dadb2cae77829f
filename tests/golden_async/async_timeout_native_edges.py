# asyncio.timeout / timeout_at / Timeout: repr, when, reschedule, expired, errors, nesting.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.timeout(None)
    print(repr(t), t.when())
    try:
        t.reschedule(1)
    except RuntimeError as e:
        print("RuntimeError", e)
    async with t as cm:
        print(cm is t, t.expired(), t.when())
        t.reschedule(loop.time() + 10)
        print(repr(t).startswith("<Timeout [active] when="))
    print(repr(t), t.expired())
    try:
        t.reschedule(None)
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        async with t:
            pass
    except RuntimeError as e:
        print("RuntimeError", e)

    try:
        async with asyncio.timeout(0.05) as cm:
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("TimeoutError", repr(e), type(e.__cause__).__name__, cm.expired(), repr(cm))

    try:
        async with asyncio.timeout_at(loop.time() - 1):
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("already expired deadline")

    try:
        async with asyncio.timeout(0.5):
            async with asyncio.timeout(0.01):
                await asyncio.sleep(1)
    except TimeoutError:
        print("inner expired first")

    async with asyncio.timeout(0.01) as cm:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("swallowed cancel")
    print("expired after swallow:", cm.expired())

    async with asyncio.timeout(1) as cm:
        cm.reschedule(None)
        await asyncio.sleep(0.01)
    print(cm.expired(), cm.when())


asyncio.run(main())
