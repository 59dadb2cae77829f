# "return <value>" inside an async generator is a SyntaxError.
async def gen():
    yield 1
    return 2
