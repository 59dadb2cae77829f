# asyncio-doc.txt, example 4 ("Handling exceptions"), exactly as the document's code reads:
# gather(..., return_exceptions=True).  The document's code is a copy of example 2 and raises
# nothing; doc_04b_gather_return_exceptions_divide.py is the variant its "Output:" shows.
import asyncio


async def task(id):
    await asyncio.sleep(1)
    print(id)
    return id


async def main():
    tasks = [task(i) for i in range(5)]
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print(results)

asyncio.run(main())
