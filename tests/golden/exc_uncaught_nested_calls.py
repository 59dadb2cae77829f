def level1(n):
    return level2(n - 1)
def level2(n):
    return level3(n * 2)
def level3(n):
    items = list(range(n))
    return items[n]
class Runner:
    def run(self):
        return level1(3)
Runner().run()
