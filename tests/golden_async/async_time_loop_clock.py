# loop.time() is a monotonic float clock; asyncio.sleep(d) lasts at least about d by it; call_at
# deadlines compare correctly. Only relative properties are printed.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await asyncio.sleep(0.03)
    t1 = loop.time()
    print("sleep(0.03) took >= 0.03:", t1 - t0 >= 0.029)
    print("and < 1s:", t1 - t0 < 1.0)
    fired = loop.create_future()
    when = loop.time() + 0.02
    loop.call_at(when, lambda: fired.set_result(loop.time()))
    print("callback ran at or after its deadline:", await fired >= when - 0.001)
    samples = []
    for _ in range(5):
        samples.append(loop.time())
        await asyncio.sleep(0)
    print("monotonic:", samples == sorted(samples))
    print(type(loop.time()).__name__)


asyncio.run(main())
