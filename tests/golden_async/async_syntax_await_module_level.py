# "await" at module level is a SyntaxError, reported before anything runs.
import asyncio

print("not printed")
await asyncio.sleep(0)
