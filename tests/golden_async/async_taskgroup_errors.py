# TaskGroup misuse errors: create_task before entering and after exiting; entering twice.
import asyncio


async def job():
    return 1


async def main():
    tg = asyncio.TaskGroup()
    c = job()
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    c.close()
    async with tg:
        tg.create_task(job())
        try:
            async with tg:
                pass
        except RuntimeError as e:
            print("RuntimeError:", e)
    c = job()
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    c.close()


asyncio.run(main())
