# "async for" inside a plain def is a SyntaxError.
def f(items):
    async for x in items:
        print(x)
