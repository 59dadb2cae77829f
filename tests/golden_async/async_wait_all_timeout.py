# asyncio.wait(ALL_COMPLETED) waits for everything; with a timeout it returns what is done
# so far (no TimeoutError) and leaves the rest running.
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    tasks = {asyncio.create_task(job(f"t{i}", 0.01 * i)) for i in range(3)}
    done, pending = await asyncio.wait(tasks)
    print(sorted(t.result() for t in done), pending)
    fast = asyncio.create_task(job("fast", 0))
    slow = asyncio.create_task(job("slow", 0.3))
    done, pending = await asyncio.wait([fast, slow], timeout=0.05)
    print([t.result() for t in done], [t is slow for t in pending], slow.done())
    slow.cancel()
    done, pending = await asyncio.wait([slow])
    print(slow.cancelled())


asyncio.run(main())
