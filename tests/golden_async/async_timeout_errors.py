# Timeout misuse and repr(): rescheduling before entering, entering twice, using it outside
# a task; the Timeout class can be built directly.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.Timeout(None)
    print(repr(t))
    try:
        t.reschedule(1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with t:
        print(repr(t))
        t.reschedule(loop.time() + 10)
        print(repr(t).startswith("<Timeout [active] when="))
    print(repr(t))
    try:
        async with t:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        print(repr(cm))
    try:
        cm.reschedule(None)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(isinstance(asyncio.timeout(1), asyncio.Timeout))


asyncio.run(main())
