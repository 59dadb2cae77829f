# Nested TaskGroups: a failure in the inner group is an ExceptionGroup that fails the outer
# group, which wraps it in its own ExceptionGroup.
import asyncio


async def fail():
    await asyncio.sleep(0)
    raise ValueError("deep")


async def sibling():
    try:
        await asyncio.sleep(1)
    finally:
        print("outer sibling cancelled")


async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail())


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sibling())
            tg.create_task(inner_group())
    except ExceptionGroup as eg:
        print(repr(eg))
        print(eg.exceptions[0].exceptions[0].args)
        m, r = eg.split(ValueError)
        print(repr(m), r)


asyncio.run(main())
