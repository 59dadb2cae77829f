# A real cancellation inside a timeout block propagates as CancelledError (not TimeoutError);
# exceptions other than CancelledError pass through timeout unchanged; a task that catches
# the timeout's cancellation inside the block makes the timeout not raise.
import asyncio


async def cancelled_inside():
    try:
        async with asyncio.timeout(1):
            await asyncio.sleep(1)
    except TimeoutError:
        print("not printed")


async def main():
    t = asyncio.create_task(cancelled_inside())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("external cancel stays CancelledError")
    try:
        async with asyncio.timeout(1):
            raise KeyError("passes through")
    except KeyError as e:
        print("KeyError passes through", e)
    async with asyncio.timeout(0.01) as cm:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("caught the timeout's CancelledError inside the block")
    print("no TimeoutError raised; expired?", cm.expired())


asyncio.run(main())
