# A tour of a classic OOP tutorial: class/instance attributes, properties, class/static
# methods (and their reprs), inheritance with super(), rich comparisons, custom exceptions,
# operator overloading.
class InsufficientFunds(Exception):
    def __init__(self, balance, amount):
        super().__init__(f"balance {balance} < {amount}")
        self.balance, self.amount = balance, amount
class Account:
    interest = 0.02
    count = 0
    def __init__(self, owner, balance=0):
        self.owner = owner; self._balance = balance; Account.count += 1
    def __str__(self): return f"{self.owner}: ${self._balance:,.2f}"
    def __repr__(self): return f"Account({self.owner!r}, {self._balance})"
    def __eq__(self, other): return isinstance(other, Account) and self._balance == other._balance
    def __lt__(self, other): return self._balance < other._balance
    def __hash__(self): return hash(self.owner)
    @property
    def balance(self): return self._balance
    def withdraw(self, amt):
        if amt > self._balance: raise InsufficientFunds(self._balance, amt)
        self._balance -= amt; return self
    def deposit(self, amt): self._balance += amt; return self
    @classmethod
    def from_csv(cls, line): o, b = line.split(','); return cls(o, float(b))
    @staticmethod
    def validate(amt): return amt > 0
class Savings(Account):
    interest = 0.05
    def add_interest(self): self._balance *= 1 + self.interest; return self
    def __repr__(self): return "Savings" + super().__repr__()[7:]
accts = [Account('ann', 100), Savings('bob', 2500.5), Account.from_csv('cy,42.5')]
for a in accts: print(a, repr(a), a.balance, a.interest)
print(sorted(accts), max(accts).owner, Account.count, Account.validate(-1), accts[1].add_interest())
try: accts[0].withdraw(500)
except InsufficientFunds as e: print('Error:', e, e.args, e.amount)
print(accts[0].deposit(50).withdraw(25), {a: a.owner for a in accts}[accts[0]], accts[0] == Account('x', 125), accts[0] != accts[1])
print(isinstance(accts[1], Account), issubclass(Savings, Account), Savings.__mro__, Savings.__bases__, type(accts[1]).__name__)
print(vars(accts[0]), accts[0].__dict__.keys(), hasattr(accts[0], 'balance'), getattr(accts[1], 'interest'))
print(repr(Account.__dict__["from_csv"]).split(" at ")[0], type(Account.__dict__['validate']).__name__, Account.deposit.__qualname__, Savings.add_interest.__name__)
import sys; print(sys.getsizeof(1) > 0, callable(Account), Account.__name__, Account.__module__, str(Account), repr(Savings))
class Matrix:
    def __init__(self, rows): self.rows = rows
    def __matmul__(self, o): return Matrix([[sum(a * b for a, b in zip(r, c)) for c in zip(*o.rows)] for r in self.rows])
    def __getitem__(self, ij): i, j = ij; return self.rows[i][j]
    def __len__(self): return len(self.rows)
    def __iter__(self): return iter(self.rows)
    def __repr__(self): return '\n'.join(' '.join(f"{x:3}" for x in r) for r in self.rows)
m = Matrix([[1, 2], [3, 4]]); print(m @ m); print(m[1, 0], len(m), list(m), [x for r in m for x in r])
import re
class A:
    @staticmethod
    def s(): pass
    @classmethod
    def c(cls): pass

clean = lambda r: re.sub(r'0x[0-9a-f]+', 'ADDR', r)
print(clean(repr(A.__dict__['s'])), clean(repr(A.__dict__['c'])), repr(staticmethod(1)), clean(str(classmethod(print))))
