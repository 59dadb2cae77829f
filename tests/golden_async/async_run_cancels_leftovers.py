# When main() returns, asyncio.run cancels the tasks still pending and runs them until they
# finish (their finally blocks and except CancelledError handlers run).
import asyncio


async def background(name):
    try:
        print(name, "started")
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
    finally:
        print(name, "finally")


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn ignores cancel, returns")
        return "ignored"


async def main():
    asyncio.create_task(background("a"))
    asyncio.create_task(background("b"))
    asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    print("main returns")
    return "result"


print(asyncio.run(main()))
