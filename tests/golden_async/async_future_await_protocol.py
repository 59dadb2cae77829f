# A Future's __await__/__iter__ yields the future itself to the task driving it; driving a
# future-await by hand shows the protocol (and "await wasn't used with future").
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    it = fut.__await__()
    print("yields itself:", next(it) is fut)
    fut.set_result("value")
    try:
        next(it)
    except StopIteration as e:
        print("StopIteration value:", e.value)
    fut2 = loop.create_future()
    it2 = iter(fut2)
    next(it2)
    try:
        next(it2)
    except RuntimeError as e:
        print("RuntimeError:", e)
    fut2.cancel()
    done = loop.create_future()
    done.set_result(3)
    try:
        next(done.__await__())
    except StopIteration as e:
        print("done future: StopIteration at once, value", e.value)


asyncio.run(main())
