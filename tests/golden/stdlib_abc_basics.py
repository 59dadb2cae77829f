# abc: ABC, abstractmethod enforcement, ABCMeta.register.
from abc import ABC, abstractmethod, ABCMeta
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self): return f"{type(self).__name__} area={self.area()}"
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def perimeter(self): return 4 * self.s
try: Shape()
except TypeError as e: print(e)
class Half(Shape):
    def area(self): return 1
try: Half()
except TypeError as e: print(e)
print(Sq(3).describe(), isinstance(Sq(2), Shape), Shape.__abstractmethods__ == frozenset({'area','perimeter'}))
class Reg(metaclass=ABCMeta): pass
Reg.register(int)
print(isinstance(3, Reg), issubclass(bool, Reg), isinstance("", Reg), type(Reg).__name__)
