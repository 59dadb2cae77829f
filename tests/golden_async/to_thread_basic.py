# asyncio.to_thread: the function's result, arguments and exceptions come back to the awaiter.
import asyncio


def blocking(x, *, scale=1):
    return x * scale


def failing():
    raise ValueError("from the thread")


async def main():
    print(await asyncio.to_thread(blocking, 21, scale=2))
    try:
        await asyncio.to_thread(failing)
    except ValueError as e:
        print("caught", e)
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, blocking, 5))


asyncio.run(main())
