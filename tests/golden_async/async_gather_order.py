# gather: results come back in argument order, whatever order the awaitables finish in;
# coroutines, tasks and futures can be mixed; an empty gather returns [].
import asyncio


async def delayed(value, delay):
    await asyncio.sleep(delay)
    print("finished", value)
    return value


async def main():
    print(await asyncio.gather(delayed("slow", 0.05), delayed("fast", 0), delayed("mid", 0.02)))
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "future")
    task = asyncio.create_task(delayed("task", 0))
    print(await asyncio.gather(fut, task, delayed("coro", 0)))
    print(await asyncio.gather())
    g = asyncio.gather()
    print(type(g).__name__, g.done())


asyncio.run(main())
