# Task.get_coro() returns the wrapped coroutine object; isinstance relations of Task.
import asyncio


async def job():
    return "j"


async def main():
    c = job()
    t = asyncio.create_task(c)
    print(t.get_coro() is c)
    print(isinstance(t, asyncio.Task), isinstance(t, asyncio.Future), asyncio.isfuture(t))
    print(asyncio.isfuture(c), asyncio.iscoroutine(t))
    await t
    print(t.get_coro() is c, t.get_coro().cr_frame)


asyncio.run(main())
