# A tour of asyncio as tutorials use it: worker tasks on a Queue, timeouts, events, locks and
# semaphores, wait(FIRST_COMPLETED), async generators, as_completed, TaskGroup errors, futures.
import asyncio, random, time, itertools, collections
async def worker(name, q, results):
    while True:
        item = await q.get()
        try:
            await asyncio.sleep(item / 1000)
            results.append((name, item))
        finally:
            q.task_done()
async def main():
    q = asyncio.Queue()
    for i in [5, 1, 3, 2, 4]: q.put_nowait(i)
    results = []
    ws = [asyncio.create_task(worker(f"w{i}", q, results), name=f"worker-{i}") for i in range(2)]
    await q.join()
    for w in ws: w.cancel()
    out = await asyncio.gather(*ws, return_exceptions=True)
    print(sorted(results), [type(o).__name__ for o in out])
    async with asyncio.timeout(0.01):
        pass
    try:
        async with asyncio.timeout(0.001):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out")
    ev = asyncio.Event()
    async def waiter():
        await ev.wait(); return 'woke'
    t = asyncio.create_task(waiter()); await asyncio.sleep(0); ev.set(); print(await t)
    sem = asyncio.Semaphore(2); lock = asyncio.Lock(); counter = 0
    async def inc():
        nonlocal counter
        async with sem:
            async with lock:
                c = counter; await asyncio.sleep(0); counter = c + 1
    await asyncio.gather(*(inc() for _ in range(10))); print(counter)
    done, pending = await asyncio.wait([asyncio.create_task(asyncio.sleep(0.001, 'a')), asyncio.create_task(asyncio.sleep(1, 'b'))], return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), [d.result() for d in done])
    for p in pending: p.cancel()
    async def agen():
        for i in range(3):
            yield i; await asyncio.sleep(0)
    print([x async for x in agen()])
    for coro in asyncio.as_completed([asyncio.sleep(0.002, 2), asyncio.sleep(0.001, 1)]):
        print(await coro)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(asyncio.sleep(0.001))
            async def bad(): raise ValueError('boom')
            tg.create_task(bad())
    except* ValueError as eg:
        print('caught', eg.exceptions)
    loop = asyncio.get_running_loop()
    fut = loop.create_future(); loop.call_later(0.001, fut.set_result, 42); print(await fut)
    print(await asyncio.wait_for(asyncio.shield(asyncio.sleep(0, 'sh')), 1))
    print(asyncio.current_task().get_name(), type(loop).__name__)
asyncio.run(main())
