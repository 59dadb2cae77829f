# asyncio-doc.txt, example 4 ("Handling exceptions"), as its "Output:" shows it:
# each task returns 1 / id, so task 0 raises ZeroDivisionError, and
# gather(..., return_exceptions=True) puts the exception in the result list
# (like Promise.allSettled) instead of raising it.
import asyncio


async def task(id):
    await asyncio.sleep(1)
    return 1 / id


async def main():
    tasks = [task(i) for i in range(5)]
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print(results)

asyncio.run(main())
