# wait_for: returns the result when it finishes in time; timeout=None waits forever; works
# with futures and tasks as well as coroutines.
import asyncio


async def job(value, delay):
    await asyncio.sleep(delay)
    return value


async def main():
    print(await asyncio.wait_for(job("in time", 0.01), timeout=1))
    print(await asyncio.wait_for(job("no timeout", 0.01), timeout=None))
    t = asyncio.create_task(job("task", 0))
    print(await asyncio.wait_for(t, 1))
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_later(0.01, f.set_result, "future")
    print(await asyncio.wait_for(f, 1))
    done = loop.create_future()
    done.set_result("already done")
    print(await asyncio.wait_for(done, 0))


asyncio.run(main())
