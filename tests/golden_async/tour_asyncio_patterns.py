# A tour of asyncio patterns: context variables per task, bounded queue producer/consumer,
# async context managers and generators, cancellation, executors and to_thread, Event,
# Condition, BoundedSemaphore, timeout(), done callbacks.
import asyncio, contextvars, time
request_id = contextvars.ContextVar('request_id', default=None)
async def handler(i):
    request_id.set(i)
    await asyncio.sleep(0.001 * (3 - i))
    return f"req {request_id.get()} done"
async def producer(q, n):
    for i in range(n):
        await q.put(i)
    await q.put(None)
async def consumer(q, out):
    while (item := await q.get()) is not None:
        out.append(item * item)
class Resource:
    async def __aenter__(self): print('open'); return self
    async def __aexit__(self, *exc): print('close', exc[0].__name__ if exc[0] else None); return False
async def ticker(n):
    for i in range(n):
        yield i
        await asyncio.sleep(0)
async def main():
    print(await asyncio.gather(*(handler(i) for i in range(3))))
    q = asyncio.Queue(maxsize=2); out = []
    await asyncio.gather(producer(q, 5), consumer(q, out)); print(out)
    async with Resource() as r: print('using', type(r).__name__)
    try:
        async with Resource(): raise KeyError('k')
    except KeyError: print('keyerror passed through')
    print([i async for i in ticker(3)], await asyncio.wait_for(handler(0), timeout=1))
    t = asyncio.create_task(asyncio.sleep(10)); await asyncio.sleep(0); t.cancel()
    try: await t
    except asyncio.CancelledError: print('cancelled', t.cancelled(), t.done())
    loop = asyncio.get_running_loop()
    r = await loop.run_in_executor(None, lambda: sum(range(10))); print(r)
    r2 = await asyncio.to_thread(pow, 2, 10); print(r2)
    ev = asyncio.Event(); results = []
    async def waiter(n): await ev.wait(); results.append(n)
    ws = [asyncio.create_task(waiter(n)) for n in range(3)]
    await asyncio.sleep(0); ev.set(); await asyncio.gather(*ws); print(sorted(results))
    cond = asyncio.Condition(); items = []
    async def cons():
        async with cond:
            await cond.wait_for(lambda: items); return items.pop()
    c = asyncio.create_task(cons()); await asyncio.sleep(0)
    async with cond: items.append('x'); cond.notify()
    print(await c)
    sem = asyncio.BoundedSemaphore(1); await sem.acquire(); sem.release()
    try: sem.release()
    except ValueError as e: print('ValueError', e)
    async with asyncio.timeout(1) as cm: await asyncio.sleep(0)
    print(cm.expired(), asyncio.iscoroutinefunction(main), asyncio.isfuture(t))
    results = await asyncio.gather(asyncio.sleep(0, 'a'), asyncio.sleep(0, 'b'), return_exceptions=True); print(results)
    done = []
    def cb(fut): done.append(fut.result())
    f = loop.create_future(); f.add_done_callback(cb); loop.call_soon(f.set_result, 7); await f; await asyncio.sleep(0); print(done)
asyncio.run(main())
