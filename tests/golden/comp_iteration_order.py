log = []
def src(name, items):
    log.append("iter " + name)
    for i in items:
        log.append(f"{name}->{i}")
        yield i
r = [(a, b) for a in src("A", [1, 2]) for b in src("B", "xy")]
print(r)
print(log)
log.clear()
g = (a for a in src("G", [1, 2]))
print(log)
next(g)
print(log)
def first_iter_eval():
    print("evaluated once")
    return range(2)
print([x for x in first_iter_eval() for y in range(2)])
