# Seeded random drives which task runs how many steps: deterministic with sleep(0) only.
import asyncio
import random


async def worker(name, steps, log):
    for _ in range(steps):
        log.append(name)
        await asyncio.sleep(0)


async def main():
    random.seed(31337)
    plan = {name: random.randint(1, 4) for name in "abcd"}
    print(plan)
    log = []
    await asyncio.gather(*(worker(n, s, log) for n, s in plan.items()))
    print("".join(log))
    order = list(plan)
    random.shuffle(order)
    print(order)
    results = await asyncio.gather(*(asyncio.sleep(0, random.random()) for _ in range(3)))
    print(results)


asyncio.run(main())
