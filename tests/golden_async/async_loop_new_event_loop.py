# Managing a loop by hand: new_event_loop, run_until_complete (coroutines and futures),
# run_forever + stop, close, and the errors for closed loops.
import asyncio


async def work(x):
    await asyncio.sleep(0)
    return x + 1


loop = asyncio.new_event_loop()
print(loop.run_until_complete(work(1)))
fut = loop.create_future()
loop.call_soon(fut.set_result, "future result")
print(loop.run_until_complete(fut))
task = loop.create_task(work(10))
print(loop.run_until_complete(task), task.done())
loop.call_soon(print, "inside run_forever")
loop.call_soon(loop.stop)
loop.run_forever()
print("run_forever returned", loop.is_running())
loop.close()
print("closed", loop.is_closed())
try:
    loop.call_soon(print, "x")
except RuntimeError as e:
    print("RuntimeError:", e)
c = work(0)
try:
    loop.run_until_complete(c)
except RuntimeError as e:
    print("RuntimeError:", e)
c.close()
loop.close()
print("closing twice is fine")
