# iscoroutine / iscoroutinefunction / isfuture and inspect's counterparts on many objects.
import asyncio
import functools
import inspect
import types


async def coro_fn():
    pass


async def agen_fn():
    yield


def plain():
    pass


def gen_fn():
    yield


@types.coroutine
def old_style():
    yield


class WithAsyncMethod:
    async def m(self):
        pass


partial = functools.partial(coro_fn)
candidates = [
    ("async def", coro_fn),
    ("async generator function", agen_fn),
    ("plain def", plain),
    ("generator function", gen_fn),
    ("types.coroutine", old_style),
    ("async method", WithAsyncMethod().m),
    ("partial of async def", partial),
    ("lambda", lambda: None),
]
for label, fn in candidates:
    print(f"{label:26} asyncio={asyncio.iscoroutinefunction(fn)!s:5} inspect={inspect.iscoroutinefunction(fn)}")

c = coro_fn()
g = gen_fn()
ag = agen_fn()
objects = [("coroutine", c), ("generator", g), ("async generator", ag), ("int", 1)]
for label, obj in objects:
    print(f"{label:16} iscoroutine={asyncio.iscoroutine(obj)!s:5} isawaitable={inspect.isawaitable(obj)!s:5} isfuture={asyncio.isfuture(obj)}")
c.close()


async def main():
    f = asyncio.get_running_loop().create_future()
    print(asyncio.isfuture(f), asyncio.iscoroutine(f), inspect.isawaitable(f))
    f.cancel()


asyncio.run(main())
