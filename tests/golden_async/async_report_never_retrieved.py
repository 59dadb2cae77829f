# A failed task whose exception is never retrieved: when the task object is collected,
# CPython logs "Task exception was never retrieved" with the task repr and the traceback
# on stderr.
import asyncio
import gc


async def boom():
    await asyncio.sleep(0)
    raise ValueError("nobody looked at this")


async def main():
    t = asyncio.create_task(boom())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("task done:", t.done())
    del t
    gc.collect()
    print("after collect")


asyncio.run(main())
print("end")
