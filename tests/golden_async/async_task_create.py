# create_task: the task starts on the next loop iteration, not immediately; default names are
# "Task-<n>" counting every task made in the process; names can be given and changed.
import asyncio


async def job(x):
    print("job", x, "runs")
    return x * 2


async def main():
    me = asyncio.current_task()
    print("main is", me.get_name())
    t = asyncio.create_task(job(1))
    print("created, done?", t.done(), "name", t.get_name())
    named = asyncio.create_task(job(2), name="custom")
    print(named.get_name())
    named.set_name("renamed")
    print(named.get_name())
    named.set_name(123)
    print(repr(named.get_name()))
    loop_task = asyncio.get_running_loop().create_task(job(3))
    print(loop_task.get_name())
    print(await t, await named, await loop_task)
    print(t.done(), t.result())
    t2 = asyncio.create_task(job(4), name=None)
    print(t2.get_name())
    await t2
    try:
        asyncio.create_task(42)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
