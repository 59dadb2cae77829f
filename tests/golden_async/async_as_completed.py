# as_completed yields awaitables in completion order; with a timeout it raises TimeoutError
# for whatever is not done in time.
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    coros = [job("slow", 0.06), job("fast", 0.0), job("mid", 0.03)]
    for fut in asyncio.as_completed(coros):
        print("completed", await fut)
    tasks = [asyncio.create_task(job(f"t{i}", 0.02 * (3 - i))) for i in range(3)]
    print([await f for f in asyncio.as_completed(tasks)])
    got = []
    try:
        for fut in asyncio.as_completed([job("quick", 0), job("too slow", 0.5)], timeout=0.05):
            got.append(await fut)
    except TimeoutError:
        print("TimeoutError after", got)


asyncio.run(main())
