# coroutine.close(): runs finally blocks; a coroutine that keeps awaiting after GeneratorExit
# gets RuntimeError('coroutine ignored GeneratorExit'); closing twice or before start is fine.
import types


@types.coroutine
def suspend():
    yield "suspended"


async def polite():
    try:
        await suspend()
    finally:
        print("polite finally")


async def stubborn():
    try:
        await suspend()
    except GeneratorExit:
        print("stubborn caught GeneratorExit")
        await suspend()


async def never_started():
    print("not printed")


c = polite()
c.send(None)
c.close()
c.close()
print("closed polite")

s = stubborn()
s.send(None)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

n = never_started()
n.close()
try:
    n.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
print("end")
