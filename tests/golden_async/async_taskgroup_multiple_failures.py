# Several tasks failing in the same loop iteration all end up in the ExceptionGroup, in the
# order they failed; except* can handle them by type.
import asyncio


async def fail(exc, delay):
    await asyncio.sleep(delay)
    raise exc


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(KeyError("k"), 0))
            tg.create_task(fail(ValueError("v1"), 0))
            tg.create_task(fail(ValueError("v2"), 0))
            tg.create_task(fail(TypeError("late, cancelled first"), 0.5))
    except* ValueError as eg:
        print("ValueErrors:", eg.exceptions)
    except* KeyError as eg:
        print("KeyErrors:", eg.exceptions)
    print("done")


asyncio.run(main())
