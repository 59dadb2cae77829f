print(callable(int), callable(int("5")), callable(str.upper), callable([].append), callable(type))
print(abs.__name__, len.__name__, print.__name__, type(abs).__name__)
print(repr(len), repr(print))
f = max
print(f(3, 4), (lambda *a: f(*a))(1, 9, 2))
print(list(map(int.__add__, [1, 2], [10, 20])), sorted(["b", "A"], key=str.casefold))
