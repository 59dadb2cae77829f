# coroutine.throw() arguments: a type, a type and value, an instance, a traceback; bad ones
# raise TypeError, inside the coroutine when it is awaiting (CPython checks them where the
# exception is raised); close() and throw() while running; awaiting a coroutine twice.
import types


@types.coroutine
def suspend(v=None):
    return (yield v)


async def inner():
    return await suspend("in")


async def catcher():
    try:
        await suspend(1)
    except Exception as e:
        print("caught", type(e).__name__, e, e.__traceback__ is not None)
        return "handled"


def run(throw_args):
    k = catcher()
    k.send(None)
    try:
        k.throw(*throw_args)
    except StopIteration as e:
        print("value", e.value)
    except BaseException as e:
        print("raised", type(e).__name__, e)


try:
    raise KeyError("orig")
except KeyError as e:
    tb = e.__traceback__
run((KeyError, KeyError("z"), tb))
run((KeyError, "z", 5))
run((5,))
run((ValueError, (1, 2)))
run((ValueError("v"), "extra"))
run(())
run((ValueError, 1, None, 4))
run((GeneratorExit,))


async def selfsend():
    for op in (lambda: d.send(None), d.close, lambda: d.throw(KeyError)):
        try:
            op()
        except ValueError as e:
            print("ValueError:", e)


d = selfsend()
try:
    d.send(None)
except StopIteration:
    print("stop")


async def awaits(co):
    await co


co = inner()
a1 = awaits(co)
a1.send(None)
a2 = awaits(co)
try:
    a2.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
a1.close()
a2.close()
w = inner().__await__()
print(type(w).__name__, next(w))
try:
    w.send("x")
except StopIteration as e:
    print("wrapper done", e.value)
w2 = inner()
it = w2.__await__()
next(it)
try:
    it.throw(ValueError("t"))
except ValueError as e:
    print("ValueError", e, w2.cr_frame)


async def ret_in_finally():
    try:
        await suspend()
    finally:
        return "from finally"


r = ret_in_finally()
r.send(None)
print(r.close())


async def raise_in_finally():
    try:
        await suspend()
    finally:
        raise ValueError("in finally")


r = raise_in_finally()
r.send(None)
try:
    r.close()
except ValueError as e:
    print("close raised", e, type(e.__context__).__name__)
done = inner()
try:
    done.send(None)
    done.send(None)
except StopIteration:
    pass
try:
    done.throw(ValueError)
except RuntimeError as e:
    print("RuntimeError:", e)
