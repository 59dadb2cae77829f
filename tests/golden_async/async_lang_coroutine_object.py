# Coroutine objects: type, names, flags, cr_* attributes, driving one by hand with send().
import asyncio
import types


async def add(a, b):
    return a + b


class Outer:
    async def method(self):
        return "m"


c = add(1, 2)
print(type(c).__name__, type(c) is types.CoroutineType)
print(c.__name__, c.__qualname__)
print(Outer().method.__qualname__)
print(c.cr_running, c.cr_await, c.cr_frame is not None, c.cr_code is add.__code__)
print(asyncio.iscoroutine(c), asyncio.iscoroutinefunction(add))
print(hasattr(c, "__await__"), hasattr(c, "__next__"), hasattr(c, "__iter__"))
try:
    c.send(None)
except StopIteration as e:
    print("StopIteration value", e.value, e.args)
print(c.cr_frame is None)
m = Outer().method()
try:
    m.send(None)
except StopIteration as e:
    print("method value", e.value)
