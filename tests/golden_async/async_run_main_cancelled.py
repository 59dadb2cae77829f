# If the main task ends cancelled, asyncio.run raises CancelledError to its caller.
import asyncio


async def main():
    asyncio.current_task().cancel("main cancelled itself")
    try:
        await asyncio.sleep(1)
    finally:
        print("main finally")


try:
    asyncio.run(main())
except asyncio.CancelledError as e:
    print("asyncio.run raised CancelledError", e.args)
