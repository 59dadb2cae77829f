# wait_for timing out: the inner task is cancelled (its finally runs) and TimeoutError is
# raised -- the builtin TimeoutError, which asyncio.TimeoutError is an alias of in 3.11.
import asyncio


async def slow():
    try:
        await asyncio.sleep(1)
        return "never"
    except asyncio.CancelledError:
        print("slow: cancelled by wait_for")
        raise
    finally:
        print("slow: finally")


async def main():
    try:
        await asyncio.wait_for(slow(), timeout=0.02)
    except TimeoutError as e:
        print("TimeoutError", repr(e), type(e) is TimeoutError, type(e.__cause__).__name__)
    print(asyncio.TimeoutError is TimeoutError)
    t = asyncio.create_task(slow())
    try:
        await asyncio.wait_for(t, 0)
    except TimeoutError:
        print("timeout 0 on pending task; task cancelled?", t.cancelled())
    try:
        await asyncio.wait_for(slow(), -1)
    except TimeoutError:
        print("negative timeout: immediate TimeoutError")


asyncio.run(main())
