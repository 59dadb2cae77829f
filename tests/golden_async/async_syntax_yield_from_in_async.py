# "yield from" inside async def is a SyntaxError.
async def f():
    yield from [1, 2]
