class Timer:
    depth = 0
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        Timer.depth += 1
        print("  " * Timer.depth + "start " + self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("  " * Timer.depth + "stop " + self.name, et.__name__ if et else "")
        Timer.depth -= 1
        return et is KeyError
with Timer("a"):
    with Timer("b") as t:
        print("    inside", t.name)
    with Timer("c"):
        raise KeyError("suppressed by c")
    print("  after c")
try:
    with Timer("d"):
        raise ValueError("escapes")
except ValueError as e:
    print("caught", e)
