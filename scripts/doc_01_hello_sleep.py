# asyncio-doc.txt, example 1: declare a coroutine with async def, run it with asyncio.run().
import asyncio


async def main():
    await asyncio.sleep(1)
    print('done')

asyncio.run(main())
