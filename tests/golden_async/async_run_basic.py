# asyncio.run: returns the coroutine's value, runs each call on a fresh loop, rejects
# non-coroutines, and refuses to run inside a running loop.
import asyncio


async def compute(x):
    await asyncio.sleep(0)
    return x * 3


async def loop_id_holder(holder):
    holder.append(asyncio.get_running_loop())


async def nested():
    c = compute(1)
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    c.close()
    return "nested ok"


print(asyncio.run(compute(5)))
loops = []
asyncio.run(loop_id_holder(loops))
asyncio.run(loop_id_holder(loops))
print("fresh loop each time:", loops[0] is not loops[1], loops[0].is_closed(), loops[1].is_closed())
for bad in (1, "main()", None):
    try:
        asyncio.run(bad)
    except ValueError as e:
        print("ValueError:", e)
print(asyncio.run(nested()))
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("outside:", e)
