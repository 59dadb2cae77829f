# An asynchronous comprehension in a plain def is a SyntaxError.
def f(agen):
    return [x async for x in agen]
