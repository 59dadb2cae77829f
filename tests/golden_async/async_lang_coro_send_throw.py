# Driving coroutines by hand: send() values into an awaitable's yields, throw(), StopIteration.
import types


@types.coroutine
def suspend(tag):
    got = yield tag
    return f"{tag}->{got}"


async def worker():
    a = await suspend("first")
    print("worker got", a)
    try:
        b = await suspend("second")
    except KeyError as e:
        print("worker caught", repr(e))
        b = "recovered"
    c = await suspend("third")
    return [a, b, c]


co = worker()
print("yielded", co.send(None))
print("yielded", co.send(1))
print("yielded", co.throw(KeyError("k")))
try:
    co.send(3)
except StopIteration as e:
    print("finished with", e.value)
try:
    co.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

co2 = worker()
try:
    co2.send("x")
except TypeError as e:
    print("TypeError:", e)
co2.close()

co3 = worker()
co3.send(None)
try:
    co3.throw(ValueError("boom"))
except ValueError as e:
    print("propagated", repr(e))
print(co3.cr_frame is None)
