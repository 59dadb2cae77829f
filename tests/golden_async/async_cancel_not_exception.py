# CancelledError is a BaseException, not an Exception: "except Exception" does not swallow a
# cancellation; the exception hierarchy of asyncio's exceptions.
import asyncio


async def careful():
    try:
        await asyncio.sleep(1)
    except Exception:
        print("not printed: Exception does not catch CancelledError")
    return "not reached"


async def main():
    t = asyncio.create_task(careful())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancellation was not swallowed")
    for exc in (asyncio.CancelledError, asyncio.InvalidStateError, asyncio.TimeoutError,
                asyncio.IncompleteReadError, asyncio.LimitOverrunError, asyncio.QueueEmpty,
                asyncio.QueueFull, asyncio.BrokenBarrierError, asyncio.SendfileNotAvailableError):
        print(exc.__name__, [c.__name__ for c in exc.__mro__[1:]])


asyncio.run(main())
