# Done callbacks on tasks run (via call_soon, in registration order) after the task finishes;
# a callback added to a finished task is scheduled too; remove_done_callback returns a count.
import asyncio


async def job():
    await asyncio.sleep(0)
    print("job finishing")
    return 7


def cb(label):
    def callback(task):
        print("callback", label, "result", task.result())
    return callback


async def main():
    t = asyncio.create_task(job())
    first = cb("first")
    t.add_done_callback(first)
    t.add_done_callback(cb("second"))
    removed = cb("removed")
    t.add_done_callback(removed)
    t.add_done_callback(removed)
    print("removed count", t.remove_done_callback(removed))
    print("removed again", t.remove_done_callback(removed))
    await t
    print("after await")
    await asyncio.sleep(0)
    t.add_done_callback(cb("late"))
    print("late callback added")
    await asyncio.sleep(0)
    print("end")


asyncio.run(main())
