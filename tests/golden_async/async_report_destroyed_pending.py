# A task still pending when its loop is closed and the task is collected: CPython logs
# "Task was destroyed but it is pending!" with the task repr on stderr.
import asyncio
import gc


async def stuck(fut):
    print("stuck starts")
    await fut
    print("never printed")


loop = asyncio.new_event_loop()
fut = loop.create_future()
task = loop.create_task(stuck(fut), name="stuck-task")
loop.run_until_complete(asyncio.sleep(0))
print("pending:", not task.done())
loop.close()
del task, fut
gc.collect()
print("end")
