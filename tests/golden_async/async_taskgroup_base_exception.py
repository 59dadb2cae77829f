# TaskGroup with a child raising a BaseException that is not an Exception (SystemExit,
# KeyboardInterrupt): in 3.11 it is re-raised as is, not wrapped in a group.
import asyncio


async def exits():
    await asyncio.sleep(0)
    raise SystemExit(5)


async def other():
    try:
        await asyncio.sleep(1)
    finally:
        print("other cancelled")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(other())
            tg.create_task(exits())
    except SystemExit as e:
        print("SystemExit", e.code)


asyncio.run(main())
