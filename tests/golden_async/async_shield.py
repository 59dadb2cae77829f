# shield: cancelling the awaiter does not cancel the shielded task; it keeps running and
# its result can still be collected. Cancelling the inner task does cancel the shield.
import asyncio


async def important():
    await asyncio.sleep(0.1)
    print("important work finished")
    return "saved"


async def caller(inner):
    try:
        return await asyncio.shield(inner)
    except asyncio.CancelledError:
        print("caller cancelled, inner done?", inner.done(), "cancelled?", inner.cancelled())
        raise


async def main():
    inner = asyncio.create_task(important())
    c = asyncio.create_task(caller(inner))
    await asyncio.sleep(0)
    c.cancel()
    try:
        await c
    except asyncio.CancelledError:
        print("caller task cancelled")
    print("inner result:", await inner)

    inner2 = asyncio.create_task(important())
    s = asyncio.shield(inner2)
    await asyncio.sleep(0)
    inner2.cancel()
    try:
        await s
    except asyncio.CancelledError:
        print("shield cancelled because inner was:", s.cancelled())

    done = asyncio.get_running_loop().create_future()
    done.set_result("done already")
    print(asyncio.shield(done) is done)
    print(await asyncio.shield(asyncio.sleep(0, "coroutine shielded")))


asyncio.run(main())
