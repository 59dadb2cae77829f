# repr() of tasks: name, state, coroutine with its file and line, result or exception.
import asyncio


async def job(x):
    await asyncio.sleep(0)
    if x < 0:
        raise ValueError("negative")
    return x


async def main():
    done = asyncio.create_task(job(5), name="ok-task")
    await done
    print(repr(done))
    failed = asyncio.create_task(job(-1), name="bad-task")
    try:
        await failed
    except ValueError:
        pass
    print(repr(failed))
    cancelled = asyncio.create_task(job(1), name="cancelled-task")
    cancelled.cancel()
    try:
        await cancelled
    except asyncio.CancelledError:
        pass
    print(repr(cancelled))


asyncio.run(main())
