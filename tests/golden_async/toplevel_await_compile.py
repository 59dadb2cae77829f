# compile(..., flags=PyCF_ALLOW_TOP_LEVEL_AWAIT): module code that awaits runs as a coroutine.
import asyncio
import inspect

PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000

src = "r = await asyncio.sleep(0.01, 'slept')\nx = len(r)\n"
code = compile(src, "<top-level>", "exec", flags=PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(bool(code.co_flags & inspect.CO_COROUTINE))
g = {"asyncio": asyncio}
coro = eval(code, g)
print(type(coro).__name__, inspect.iscoroutine(coro))
print(asyncio.run(coro))
print(g["r"], g["x"])

# Without await the flag changes nothing: the code runs at once.
plain = compile("y = 1 + 1", "<plain>", "exec", flags=PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(bool(plain.co_flags & inspect.CO_COROUTINE), eval(plain, g), g["y"])

# Without the flag, await at module level is still an error.
try:
    compile("await asyncio.sleep(0)", "<no-flag>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)

# An error inside the awaited code carries the code's frame.
bad = compile("await asyncio.sleep(0)\n1 / 0\n", "<bad>", "exec", flags=PyCF_ALLOW_TOP_LEVEL_AWAIT)
try:
    asyncio.run(eval(bad, g))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
