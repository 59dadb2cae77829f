# asyncio.wait(FIRST_EXCEPTION): returns when a task raises (or when all are done if none
# raises); exceptions stay inside the tasks, wait itself does not raise.
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(f"{name} failed")
    return name


async def main():
    tasks = [
        asyncio.create_task(job("ok-fast", 0)),
        asyncio.create_task(job("fails", 0.02, fail=True)),
        asyncio.create_task(job("slow", 0.2)),
    ]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(sorted(repr(t.exception()) if t.exception() else t.result() for t in done))
    print("pending", [t is tasks[2] for t in pending])
    tasks[2].cancel()
    clean = [asyncio.create_task(job(f"c{i}", 0.01 * i)) for i in range(3)]
    done, pending = await asyncio.wait(clean, return_when=asyncio.FIRST_EXCEPTION)
    print(sorted(t.result() for t in done), len(pending))


asyncio.run(main())
