# A coroutine object dropped without being awaited: CPython prints a RuntimeWarning on stderr.
import gc


async def forgotten():
    print("never runs")


def make():
    forgotten()


make()
gc.collect()
print("after make")
