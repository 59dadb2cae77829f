# async with on objects that do not implement the protocol, and exceptions in __aenter__/__aexit__.
import asyncio


class SyncOnly:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False


class NoExit:
    async def __aenter__(self):
        return self


class EnterFails:
    async def __aenter__(self):
        raise RuntimeError("enter failed")

    async def __aexit__(self, *a):
        print("not called")


class ExitReplaces:
    async def __aenter__(self):
        return self

    async def __aexit__(self, et, ev, tb):
        raise LookupError("from exit")


class NotAwaitableEnter:
    def __aenter__(self):
        return 1

    def __aexit__(self, *a):
        return 2


async def main():
    for obj in [SyncOnly(), NoExit(), object()]:
        try:
            async with obj:
                print("not reached")
        except TypeError as e:
            print("TypeError:", e)
    try:
        async with EnterFails():
            print("not reached")
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        async with ExitReplaces():
            raise ValueError("body")
    except LookupError as e:
        print("LookupError:", e, "context:", repr(e.__context__))
    try:
        async with NotAwaitableEnter():
            print("not reached")
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
