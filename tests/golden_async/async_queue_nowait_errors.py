# get_nowait on an empty queue raises QueueEmpty; put_nowait on a full one raises QueueFull;
# both have empty messages. Queue(maxsize<=0) is unbounded.
import asyncio


async def main():
    q = asyncio.Queue(maxsize=1)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e), repr(str(e)))
    q.put_nowait(1)
    try:
        q.put_nowait(2)
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e), repr(str(e)))
    print(q.get_nowait())
    u = asyncio.Queue(maxsize=-1)
    for i in range(100):
        u.put_nowait(i)
    print("unbounded", u.qsize(), u.full())
    print(asyncio.QueueEmpty.__mro__[1].__name__, asyncio.QueueFull.__mro__[1].__name__)


asyncio.run(main())
