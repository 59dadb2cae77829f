# Awaiting things that are not awaitable: the TypeError messages.
import asyncio


class NotIter:
    def __await__(self):
        return 5


class Gen:
    def __await__(self):
        return (x for x in [])


class CoroAwait:
    def __await__(self):
        async def inner():
            pass
        self.coro = inner()
        return self.coro


def plain_gen():
    yield


async def try_await(label, obj):
    try:
        await obj
        print(label, "ok")
    except TypeError as e:
        print(label, "TypeError:", e)


async def main():
    await try_await("int", 1)
    await try_await("None", None)
    await try_await("list", [])
    await try_await("NotIter", NotIter())
    await try_await("Gen", Gen())
    ca = CoroAwait()
    await try_await("CoroAwait", ca)
    ca.coro.close()
    await try_await("plain generator", plain_gen())


asyncio.run(main())
