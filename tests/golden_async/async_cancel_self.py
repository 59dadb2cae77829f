# A task cancelling itself: the CancelledError arrives at its next await.
import asyncio


async def selfish():
    me = asyncio.current_task()
    print("cancel self:", me.cancel("self"))
    print("still running until the next await")
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError as e:
        print("got", repr(e))
        raise


async def main():
    t = asyncio.create_task(selfish())
    try:
        await t
    except asyncio.CancelledError as e:
        print("main got", repr(e), t.cancelled())


asyncio.run(main())
