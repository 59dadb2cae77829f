# sys.set_asyncgen_hooks / get_asyncgen_hooks: the first iteration calls firstiter, a collected
# unfinished generator is handed to the finalizer; asyncio's loop installs its own hooks while
# it runs and restores the previous ones; argument errors.
import asyncio
import gc
import sys

calls = []


def firstiter(g):
    calls.append(("first", g.__name__))


def finalizer(g):
    calls.append(("final", g.__name__))


async def ag2():
    yield 1
    yield 2


old = sys.get_asyncgen_hooks()
print(old)
sys.set_asyncgen_hooks(firstiter, finalizer)
h = sys.get_asyncgen_hooks()
print(h.firstiter is firstiter, h.finalizer is finalizer, h[0] is firstiter, len(h))
x = ag2()
aw = x.__anext__()
print(calls)
try:
    aw.send(None)
except StopIteration as e:
    print("got", e.value)
x.asend(None).close()
print(calls)
del x, aw
gc.collect()
print(calls)
sys.set_asyncgen_hooks(firstiter=None)
print(sys.get_asyncgen_hooks().firstiter, sys.get_asyncgen_hooks().finalizer is finalizer)
sys.set_asyncgen_hooks(*old)
print(sys.get_asyncgen_hooks())
for args, kwargs in (((1, 2, 3), {}), ((), {"foo": 1}), ((1,), {}), ((None, 2), {})):
    try:
        sys.set_asyncgen_hooks(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)


def bad(g):
    raise ValueError("bad firstiter")


sys.set_asyncgen_hooks(firstiter=bad)
y = ag2()
try:
    y.asend(None)
except ValueError as e:
    print("ValueError:", e)
print(type(y.asend(None)).__name__)
sys.set_asyncgen_hooks(None, None)


async def main():
    hooks = sys.get_asyncgen_hooks()
    print(hooks.firstiter.__qualname__, hooks.finalizer.__qualname__)
    g = ag2()
    await anext(g)
    print(len(asyncio.get_running_loop()._asyncgens))


asyncio.run(main())
print(sys.get_asyncgen_hooks())
