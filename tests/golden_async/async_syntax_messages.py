# Async-related SyntaxErrors raised by compile(): message, line and offset of each.
sources = [
    "await x",
    "def f():\n    await x",
    "def f():\n    async for x in y: pass",
    "def f():\n    async with x: pass",
    "def f():\n    return [x async for x in y]",
    "async def f():\n    yield from x",
    "async def f():\n    yield 1\n    return 2",
    "async def f():\n    g = lambda: await x",
    "async def f():\n    [x for x in y]\nasync with a: pass",
    "class C:\n    await x",
    "async def f():\n    def g():\n        await x",
    "try:\n    pass\nexcept* ValueError:\n    break",
    "for x in y:\n    try:\n        pass\n    except* ValueError:\n        continue",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        return 1",
    "try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass",
    "try:\n    pass\nexcept*:\n    pass",
]
for src in sources:
    try:
        compile(src, "<test>", "exec")
        print("compiled:", src.splitlines()[-1])
    except SyntaxError as e:
        print(f"{e.msg} (line {e.lineno}, offset {e.offset})")
