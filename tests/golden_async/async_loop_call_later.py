# loop.call_later / call_at / time(): timers fire in deadline order (not scheduling order);
# equal delays keep scheduling order; loop.time() never decreases.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    fired = []

    def cb(name):
        fired.append(name)
        if len(fired) == 5:
            done.set_result(None)

    t0 = loop.time()
    loop.call_later(0.05, cb, "later 50ms")
    loop.call_later(0.01, cb, "later 10ms")
    loop.call_at(t0 + 0.03, cb, "at +30ms")
    loop.call_soon(cb, "soon")
    loop.call_later(0, cb, "later 0")
    await done
    print(fired)
    t1 = loop.time()
    print("time advanced at least 50ms:", t1 - t0 >= 0.049)
    print("time is float:", type(t1) is float)

    same = []
    for i in range(4):
        loop.call_later(0.01, same.append, i)
    await asyncio.sleep(0.03)
    print("equal delays keep order:", same)

    before = loop.time()
    h = loop.call_later(0.01, print, "never printed")
    after = loop.time()
    print(type(h).__name__, h.cancelled())
    print("when is the deadline:", before + 0.01 <= h.when() <= after + 0.01)
    h.cancel()
    print(h.cancelled())
    await asyncio.sleep(0.02)
    print("end")


asyncio.run(main())
