# current_task(): the running task inside coroutines, None inside plain callbacks, and an
# error outside a running loop.
import asyncio


async def who():
    return asyncio.current_task().get_name()


async def main():
    me = asyncio.current_task()
    print(me.get_name(), me is asyncio.current_task(asyncio.get_running_loop()))
    print(await who())
    print(await asyncio.create_task(who(), name="child"))
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(lambda: fut.set_result(asyncio.current_task()))
    print("in callback:", await fut)


asyncio.run(main())
try:
    asyncio.current_task()
except RuntimeError as e:
    print("RuntimeError:", e)
