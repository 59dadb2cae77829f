log = []
def k(x):
    log.append(x)
    return x
d = {"a": [0, 0]}
d[k("a")][k(1)] += k(5)
print(d, log)
class C:
    def __init__(self):
        self.v = 1
def obj():
    log.append("obj")
    return c
c = C()
log.clear()
obj().v += k(2)
print(c.v, log)
