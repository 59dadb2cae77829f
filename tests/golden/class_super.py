class Base:
    def __init__(self):
        self.log = ["Base"]
    def hello(self):
        return "Base.hello"
    @classmethod
    def make(cls):
        return "made " + cls.__name__
class Mid(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Mid")
    def hello(self):
        return "Mid>" + super().hello()
    @classmethod
    def make(cls):
        return "Mid:" + super().make()
class Leaf(Mid):
    def __init__(self):
        super(Leaf, self).__init__()
        self.log.append("Leaf")
    def hello(self):
        return "Leaf>" + super(Mid, self).hello()
l = Leaf()
print(l.log, l.hello(), Leaf.make())
print(super(Leaf, l).hello())
class A:
    def f(self):
        return ["A"]
class B(A):
    def f(self):
        return ["B"] + super().f()
class C(A):
    def f(self):
        return ["C"] + super().f()
class D(B, C):
    def f(self):
        return ["D"] + super().f()
print(D().f())
