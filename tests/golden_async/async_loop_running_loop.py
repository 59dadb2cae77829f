# get_running_loop / get_event_loop inside a coroutine, loop state flags, and errors outside.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    print(loop is asyncio.get_event_loop())
    print(loop.is_running(), loop.is_closed())
    print(asyncio.current_task().get_loop() is loop)
    fut = loop.create_future()
    print(fut.get_loop() is loop, type(fut).__name__)
    return loop


loop = asyncio.run(main())
print(loop.is_running(), loop.is_closed())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
c = asyncio.sleep(0)
try:
    loop.run_until_complete(c)
except RuntimeError as e:
    print("RuntimeError:", e)
c.close()
