# asyncio.Runner: several run() calls share one loop; get_loop(); closed runner errors.
import asyncio


async def remember(store):
    store.append(asyncio.get_running_loop())
    await asyncio.sleep(0)
    return len(store)


store = []
with asyncio.Runner() as runner:
    print(runner.run(remember(store)))
    print(runner.run(remember(store)))
    loop = runner.get_loop()
    print("same loop:", store[0] is store[1] is loop, loop.is_running(), loop.is_closed())
print("closed after with:", loop.is_closed())
c = remember(store)
try:
    runner.run(c)
except RuntimeError as e:
    print("RuntimeError:", e)
c.close()

r = asyncio.Runner()
print(r.run(remember([])))
r.close()
r.close()
try:
    r.get_loop()
except RuntimeError as e:
    print("RuntimeError:", e)

with asyncio.Runner() as runner:
    try:
        runner.run(1)
    except ValueError as e:
        print("ValueError:", e)
