# "async with" at module level is a SyntaxError.
import asyncio

async with asyncio.Lock():
    pass
