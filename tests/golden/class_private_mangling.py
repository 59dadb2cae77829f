class Account:
    def __init__(self):
        self.__balance = 10
        self._protected = 1
    def balance(self):
        return self.__balance
class Sub(Account):
    def peek(self):
        try:
            return self.__balance
        except AttributeError as e:
            return "AttributeError: " + str(e)
s = Sub()
print(s.balance(), s.peek(), s._Account__balance, s._protected)
print(sorted(s.__dict__))
class T:
    __slots_like = 5
    def get(self):
        return self.__slots_like
print(T().get(), hasattr(T, "_T__slots_like"))
