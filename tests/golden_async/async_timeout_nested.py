# Nested timeouts: the one that expires raises TimeoutError out of its own block only; an
# outer timeout firing inside an inner block is not swallowed by the inner one.
import asyncio


async def main():
    # Inner expires first: caught inside, outer continues.
    async with asyncio.timeout(0.5) as outer:
        try:
            async with asyncio.timeout(0.01) as inner:
                await asyncio.sleep(1)
        except TimeoutError:
            print("inner timed out; inner expired", inner.expired(), "outer expired", outer.expired())
        await asyncio.sleep(0)
        print("outer body continues")
    print("outer expired?", outer.expired())

    # Outer expires first while inside the inner block.
    try:
        async with asyncio.timeout(0.02) as outer:
            try:
                async with asyncio.timeout(0.5) as inner:
                    await asyncio.sleep(1)
            except TimeoutError:
                print("not printed: inner did not expire")
            print("not printed")
    except TimeoutError:
        print("outer timed out; outer expired", outer.expired(), "inner expired", inner.expired())
    print("cancelling:", asyncio.current_task().cancelling())


asyncio.run(main())
