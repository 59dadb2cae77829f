# How callbacks and task steps interleave: a task's step is itself a call_soon callback, so
# ordering follows the FIFO ready queue.
import asyncio


async def worker(name, n):
    for i in range(n):
        print(f"{name} step {i}")
        await asyncio.sleep(0)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "callback 1")
    t1 = asyncio.create_task(worker("A", 3))
    loop.call_soon(print, "callback 2")
    t2 = asyncio.create_task(worker("B", 2))
    loop.call_soon(print, "callback 3")
    print("main before await")
    await t1
    await t2
    print("main after await")


asyncio.run(main())
