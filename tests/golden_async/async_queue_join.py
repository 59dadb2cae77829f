# Queue.task_done()/join(): join waits until every put item was marked done; too many
# task_done calls raise ValueError.
import asyncio


async def worker(name, q, log):
    while True:
        item = await q.get()
        await asyncio.sleep(0.1 if item == 1 else 0)
        log.append(item)
        print(name, "processed", item)
        q.task_done()


async def main():
    q = asyncio.Queue()
    log = []
    print("join on an empty queue returns at once:", await q.join())
    for i in range(5):
        q.put_nowait(i)
    workers = [asyncio.create_task(worker(f"w{i}", q, log)) for i in range(2)]
    await q.join()
    print("all done", sorted(log), "unfinished", q.qsize())
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
