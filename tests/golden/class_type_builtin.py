print(type(1), type("s"), type([]), type(None), type(type))
print(type(1).__name__, type(1.5).__name__, type(print).__name__, type(len).__name__)
Dyn = type("Dyn", (), {"x": 1, "hi": lambda self: "hi " + str(self.x)})
d = Dyn()
print(Dyn.__name__, d.x, d.hi(), type(d) is Dyn)
class Base:
    def base(self):
        return "base"
Child = type("Child", (Base,), {"y": 2})
print(Child().base(), Child.y, [c.__name__ for c in Child.__mro__])
print(type(Dyn), type(Child))
print(int.__name__, str.__qualname__, type(int) is type)
