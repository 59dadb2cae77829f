def show(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__ + ":", e)
class C:
    def m(self, a):
        pass
show(lambda: C().m())
show(lambda: C().m(1, 2))
show(lambda: C.m())
show(lambda: C(1))
show(lambda: len())
show(lambda: len([], []))
show(lambda: print(end=1))
show(lambda: sorted([], bad=1))
show(lambda: max())
show(lambda: int(base=2))
show(lambda: "x".split(1))
show(lambda: [].append())
show(lambda: {}.get())
show(lambda: dict(1))
show(lambda: isinstance(1, "int"))
show(lambda: abs(None))
show(lambda: round(None))
show(lambda: getattr(1, "x", 1, 2))
show(lambda: range("a"))
show(lambda: enumerate(5))
show(lambda: zip(5))
show(lambda: map(len, 5))
show(lambda: min(5))
