# Cancelling the future returned by gather cancels every child that is not done yet; the
# awaiter of the gather gets CancelledError.
import asyncio


async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "finished")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    quick = asyncio.create_task(child("quick", 0))
    g = asyncio.gather(quick, child("slow1", 1), child("slow2", 1))
    await asyncio.sleep(0.01)
    print("cancel gather:", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather raised CancelledError")
    print("gather cancelled?", g.cancelled(), "quick result:", quick.result())
    print("cancel again:", g.cancel())


asyncio.run(main())
