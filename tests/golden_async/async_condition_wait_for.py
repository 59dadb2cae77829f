# Condition.wait_for(predicate): returns once the predicate is true after a notification.
import asyncio


async def main():
    cond = asyncio.Condition()
    state = {"n": 0}

    async def waiter():
        async with cond:
            r = await cond.wait_for(lambda: state["n"] >= 3)
            print("predicate true, n =", state["n"], "returned", r)

    async def producer():
        for _ in range(4):
            await asyncio.sleep(0)
            async with cond:
                state["n"] += 1
                print("n =", state["n"])
                cond.notify_all()

    await asyncio.gather(waiter(), producer())
    async with cond:
        print("already true:", await cond.wait_for(lambda: "yes"))


asyncio.run(main())
