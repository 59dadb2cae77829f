# Future done callbacks: run via call_soon in registration order (not synchronously inside
# set_result), get the future as argument, can be removed, and are scheduled immediately if
# added after the future is done. Callback exceptions go to the exception handler.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    log = []
    f.add_done_callback(lambda fut: log.append(("a", fut.result())))
    f.add_done_callback(lambda fut: log.append(("b", fut is f)))

    def removed(fut):
        log.append("removed callback ran")

    f.add_done_callback(removed)
    print("remove:", f.remove_done_callback(removed))
    f.set_result("value")
    print("right after set_result:", log)
    await asyncio.sleep(0)
    print("after one iteration:", log)
    f.add_done_callback(lambda fut: log.append("late"))
    print("late not yet run:", log[-1])
    await asyncio.sleep(0)
    print("late ran:", log[-1])

    order = []
    g = loop.create_future()
    for i in range(4):
        g.add_done_callback(lambda fut, i=i: order.append(i))
    loop.call_soon(order.append, "call_soon before set")
    g.set_result(None)
    loop.call_soon(order.append, "call_soon after set")
    await asyncio.sleep(0)
    print(order)

    h = loop.create_future()
    h.add_done_callback(lambda fut: print("cancelled callback sees", fut.cancelled()))
    h.cancel()
    await asyncio.sleep(0)

    loop.set_exception_handler(lambda loop, ctx: print("handler:", type(ctx["exception"]).__name__))
    k = loop.create_future()
    k.add_done_callback(lambda fut: 1 / 0)
    k.add_done_callback(lambda fut: print("next callback still runs"))
    k.set_result(None)
    await asyncio.sleep(0)


asyncio.run(main())
