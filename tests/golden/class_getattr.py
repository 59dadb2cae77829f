class Dyn:
    real = "real attr"
    def __getattr__(self, name):
        if name.startswith("x"):
            return "dyn:" + name
        raise AttributeError(f"no {name}")
d = Dyn()
print(d.real, d.xyz, getattr(d, "x1"), hasattr(d, "y"), getattr(d, "y", "default"))
try:
    d.yes
except AttributeError as e:
    print("AttributeError:", e)
class Logged:
    def __init__(self):
        self.__dict__["log"] = []
    def __setattr__(self, name, value):
        self.log.append(name)
        super().__setattr__(name, value * 2)
    def __delattr__(self, name):
        self.log.append("del " + name)
        super().__delattr__(name)
l = Logged()
l.a = 5
l.b = "s"
del l.a
print(l.log, l.b, hasattr(l, "a"))
class GA:
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)
g = GA()
g.other = 1
print(g.secret, g.other)
