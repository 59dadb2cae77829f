def gen():
    yield 1
    yield 1 / 0
def consume():
    return [x for x in gen()]
consume()
