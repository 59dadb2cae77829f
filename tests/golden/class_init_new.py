class Pos:
    def __new__(cls, v):
        print("__new__", cls.__name__, v)
        inst = super().__new__(cls)
        inst.created = True
        return inst
    def __init__(self, v):
        print("__init__", v)
        self.v = v
p = Pos(3)
print(p.created, p.v)
class Cached:
    _cache = {}
    def __new__(cls, key):
        if key not in cls._cache:
            cls._cache[key] = super().__new__(cls)
        return cls._cache[key]
    def __init__(self, key):
        self.key = key
print(Cached("a") is Cached("a"), Cached("a") is Cached("b"))
class NotSelf:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(NotSelf())
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print("TypeError:", e)
