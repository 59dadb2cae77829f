# The default exception handler logs exceptions from callbacks (and keeps the loop running):
# "Exception in callback ..." with the handle and traceback, on stderr.
# Note: CPython's expected output includes frames from its own Lib/asyncio files, with their
# absolute paths and line numbers; Krait must print the same frames or list the difference
# in docs/differences.md.
import asyncio


def faulty(x):
    return 10 // x


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(faulty, 0)
    loop.call_soon(print, "loop still running")
    await asyncio.sleep(0)
    print("main done")


asyncio.run(main())
