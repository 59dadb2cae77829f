def add_greeting(cls):
    cls.greet = lambda self: "hello from " + type(self).__name__
    return cls
def register(registry):
    def deco(cls):
        registry[cls.__name__] = cls
        return cls
    return deco
REG = {}
@register(REG)
@add_greeting
class A:
    pass
@register(REG)
class B(A):
    pass
print(A().greet(), B().greet(), sorted(REG))
def singleton(cls):
    inst = cls()
    return lambda: inst
@singleton
class S:
    pass
print(S() is S())
