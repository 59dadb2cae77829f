# The traceback CPython prints for a TaskGroup's ExceptionGroup escaping asyncio.run.
# Note: CPython's expected output includes frames from its own Lib/asyncio files, with their
# absolute paths and line numbers; Krait must print the same frames or list the difference
# in docs/differences.md.
import asyncio


async def fails(n):
    await asyncio.sleep(0)
    raise ValueError(f"task {n} failed")


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fails(1))
        tg.create_task(fails(2))


asyncio.run(main())
