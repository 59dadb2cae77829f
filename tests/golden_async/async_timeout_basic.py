# asyncio.timeout(delay): the block is cancelled when the delay passes and TimeoutError is
# raised out of the async with; expired() tells whether it fired; code after the awaited
# call in the block does not run.
import asyncio


async def main():
    try:
        async with asyncio.timeout(0.02) as cm:
            print("inside, expired?", cm.expired())
            await asyncio.sleep(1)
            print("not printed")
    except TimeoutError as e:
        print("TimeoutError", repr(e), "cause:", type(e.__cause__).__name__)
    print("expired?", cm.expired())

    async with asyncio.timeout(0.5) as cm2:
        await asyncio.sleep(0.01)
        print("finished in time")
    print("expired?", cm2.expired())

    async with asyncio.timeout(None) as cm3:
        print("no deadline, when() =", cm3.when())
        await asyncio.sleep(0.01)
    print("expired?", cm3.expired())
    print(asyncio.current_task().cancelling())


asyncio.run(main())
