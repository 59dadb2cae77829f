# An exception in a callback goes to the loop's exception handler (the loop keeps running);
# a custom handler receives a context dict; call_exception_handler may be called directly.
import asyncio


def bad_callback():
    raise ValueError("callback failed")


def handler(loop, context):
    exc = context.get("exception")
    print("handler:", context["message"], "|", type(exc).__name__, exc, "| keys:", sorted(context))


async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_soon(bad_callback)
    loop.call_soon(print, "next callback still runs")
    await asyncio.sleep(0)
    loop.call_exception_handler({"message": "custom message"})
    loop.set_exception_handler(None)
    try:
        loop.set_exception_handler(1)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
