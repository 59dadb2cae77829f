# TaskGroup: when one task fails, the others are cancelled (their finally blocks run) and the
# failure is raised as an ExceptionGroup("unhandled errors in a TaskGroup", [...]).
import asyncio


async def worker(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "finished")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
    finally:
        print(name, "finally")


async def failer():
    await asyncio.sleep(0.01)
    print("failer raising")
    raise ValueError("boom")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            quick = tg.create_task(worker("quick", 0))
            slow = tg.create_task(worker("slow", 1))
            tg.create_task(failer())
            await asyncio.sleep(1)
            print("not printed: the body is cancelled too")
    except ExceptionGroup as eg:
        print("caught", repr(eg))
        print("message", repr(eg.message), "members", eg.exceptions)
    print("quick", quick.result(), "slow cancelled", slow.cancelled())


asyncio.run(main())
