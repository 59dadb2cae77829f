# contextlib: contextmanager, suppress, closing, nullcontext, ExitStack, ContextDecorator, async variants.
from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack, redirect_stdout, ContextDecorator, asynccontextmanager, AsyncExitStack, aclosing
import contextlib, sys
from abc import ABC, abstractmethod, ABCMeta
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("h1") as t:
    print("inside", t)
try:
    with tag("p"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)
@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))
with swallow():
    raise KeyError("k")
print("after")
@tag("div")
def f(x):
    print("f", x); return x * 2
print(f(3))
with suppress(ZeroDivisionError):
    1/0
print("suppressed")
class Res:
    def close(self): print("closed")
with closing(Res()) as r: print(type(r).__name__)
with nullcontext(5) as v: print(v)
with ExitStack() as st:
    for i in range(3):
        st.callback(print, "cb", i)
    st.enter_context(tag("x"))
    print("body")
@contextmanager
def noyield():
    if False: yield
try:
    with noyield(): pass
except RuntimeError as e: print(e)
@contextmanager
def twoyield():
    yield 1
    yield 2
try:
    with twoyield(): pass
except RuntimeError as e: print(e)
class mycm(ContextDecorator):
    def __enter__(self): print("enter"); return self
    def __exit__(self, *a): print("exit", a[0]); return False
@mycm()
def g(): print("g body")
g()
import asyncio
@asynccontextmanager
async def actx(n):
    print("aenter", n)
    yield n
    print("aexit", n)
async def main():
    async with actx(1) as v:
        print("got", v)
    async with AsyncExitStack() as st:
        x = await st.enter_async_context(actx(2))
        st.push_async_callback(asyncio.sleep, 0)
        print("x", x)
asyncio.run(main())
with ExitStack() as st:
    st.callback(print, "cleanup")
    try:
        with ExitStack() as inner:
            inner.callback(lambda: 1/0)
            raise KeyError("a")
    except ZeroDivisionError as e:
        print("ctx", repr(e.__context__))
