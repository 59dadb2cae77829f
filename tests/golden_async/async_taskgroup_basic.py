# TaskGroup: the async with waits for all tasks created in it; results are read afterwards;
# tasks can be added from inside other tasks of the group; names are passed through.
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    print("finished", name)
    return name.upper()


async def spawner(tg):
    await asyncio.sleep(0)
    tg.create_task(job("spawned", 0.01))
    return "spawner"


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job("a", 0.1))
        t2 = tg.create_task(job("b", 0), name="named-b")
        t3 = tg.create_task(spawner(tg))
        print("inside the block, nothing finished yet:", t1.done(), t2.done())
    print("after the block:", t1.result(), t2.result(), t3.result(), t2.get_name())
    async with asyncio.TaskGroup():
        pass
    print("empty group ok")


asyncio.run(main())
