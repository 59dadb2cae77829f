# InvalidStateError messages for futures used in the wrong state.
import asyncio


def attempt(label, fn, *args):
    try:
        r = fn(*args)
        print(label, "->", r)
    except asyncio.InvalidStateError as e:
        print(label, "InvalidStateError:", repr(str(e)))
    except asyncio.CancelledError as e:
        print(label, "CancelledError", e.args)


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    attempt("pending result", f.result)
    attempt("pending exception", f.exception)
    f.set_result(1)
    attempt("set_result twice", f.set_result, 2)
    attempt("set_exception after result", f.set_exception, ValueError())
    attempt("cancel after result", f.cancel)
    g = loop.create_future()
    g.cancel()
    attempt("set_result after cancel", g.set_result, 1)
    attempt("set_exception after cancel", g.set_exception, ValueError())
    attempt("result after cancel", g.result)
    e = asyncio.InvalidStateError("custom")
    print(repr(e), isinstance(e, Exception))


asyncio.run(main())
