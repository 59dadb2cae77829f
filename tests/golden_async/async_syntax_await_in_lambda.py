# await inside a lambda (even one written inside async def) is a SyntaxError.
async def main():
    f = lambda: await main()
    return f
