# Cancellation runs finally blocks along the whole await chain, innermost first; a finally
# block may itself await.
import asyncio


async def level3():
    try:
        print("level3 waiting")
        await asyncio.sleep(1)
    finally:
        print("level3 finally")


async def level2():
    try:
        await level3()
    finally:
        print("level2 finally, awaiting cleanup")
        await asyncio.sleep(0)
        print("level2 cleanup done")


async def level1():
    try:
        await level2()
        print("not printed")
    finally:
        print("level1 finally")


async def main():
    t = asyncio.create_task(level1())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main: task cancelled", t.cancelled())


asyncio.run(main())
