# Task state queries: done/cancelled/result/exception while pending, after success, after
# failure and after cancellation, with the InvalidStateError messages.
import asyncio


async def ok():
    await asyncio.sleep(0)
    return "ok"


async def fails():
    await asyncio.sleep(0)
    raise ValueError("failed")


async def slow():
    await asyncio.sleep(1)


def probe(label, t):
    print(label, "done", t.done(), "cancelled", t.cancelled())
    for method in ("result", "exception"):
        try:
            print("   ", method, "->", repr(getattr(t, method)()))
        except BaseException as e:
            print("   ", method, "raises", type(e).__name__, repr(str(e)))


async def main():
    t_ok = asyncio.create_task(ok())
    t_fail = asyncio.create_task(fails())
    t_cancel = asyncio.create_task(slow())
    probe("pending", t_ok)
    await asyncio.sleep(0)
    t_cancel.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    probe("succeeded", t_ok)
    probe("failed", t_fail)
    probe("cancelled", t_cancel)
    print(issubclass(asyncio.InvalidStateError, Exception), asyncio.InvalidStateError.__mro__[1].__name__)


asyncio.run(main())
