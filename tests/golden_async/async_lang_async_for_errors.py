# async for on objects that do not implement the protocol: the TypeError messages.
import asyncio


class NoANext:
    def __aiter__(self):
        return self


class BadANext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 7


class SyncAIter:
    def __aiter__(self):
        return [1, 2]


async def attempt(label, obj):
    try:
        async for x in obj:
            print(label, "item", x)
    except TypeError as e:
        print(label, "TypeError:", e)


async def main():
    await attempt("list", [1, 2])
    await attempt("NoANext", NoANext())
    await attempt("BadANext", BadANext())
    await attempt("SyncAIter", SyncAIter())
    try:
        [x async for x in range(3)]
    except TypeError as e:
        print("comprehension TypeError:", e)


asyncio.run(main())
