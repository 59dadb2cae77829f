# contextvars: ContextVar get/set/reset, each task in a copy of its creator's context, call_soon contexts, Context.run.
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="-")
user = contextvars.ContextVar("user")

print(request_id.get(), request_id.name)
try:
    user.get()
except LookupError as e:
    print("LookupError", e.args[0].name)
print(user.get("fallback"))
tok = request_id.set("main")
print(request_id.get(), tok.var is request_id, tok.old_value is contextvars.Token.MISSING)

async def handle(i):
    request_id.set(f"req-{i}")
    await asyncio.sleep(0.01 * (3 - i))
    inner = await asyncio.create_task(check())
    return f"{i}: {request_id.get()} inner={inner}"

async def check():
    return request_id.get()

async def main():
    print("in main", request_id.get())
    results = await asyncio.gather(*(handle(i) for i in range(3)))
    print(results)
    print("main still", request_id.get())
    loop = asyncio.get_running_loop()
    ctx = contextvars.copy_context()
    ctx.run(request_id.set, "in-ctx")
    print(ctx[request_id], request_id.get(), request_id in ctx, len(ctx) >= 1)
    fut = loop.create_future()
    loop.call_soon(lambda: fut.set_result(request_id.get()), context=ctx)
    print(await fut)
    fut2 = loop.create_future()
    request_id.set("before-call-soon")
    loop.call_soon(lambda: fut2.set_result(request_id.get()))
    request_id.set("after-call-soon")
    print(await fut2)

asyncio.run(main())
request_id.reset(tok)
print(request_id.get())
try:
    request_id.reset(tok)
except RuntimeError as e:
    print("RuntimeError", str(e)[:30])
ctx = contextvars.Context()
print(ctx.run(lambda: request_id.get()), list(ctx.items()))
def reenter():
    ctx.run(lambda: None)
try:
    ctx.run(reenter)
except RuntimeError as e:
    print("RuntimeError", str(e)[:30])
