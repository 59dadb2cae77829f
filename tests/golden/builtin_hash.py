print(hash(1), hash(-1), hash(0), hash(True), hash(2**62), hash((1, 2)) == hash((1, 2)))
print(hash(1) == hash(1.0), hash("abc") == hash("abc"), hash((1, "a")) == hash((1, "a")))
try:
    hash([1])
except TypeError as e:
    print("TypeError:", e)
try:
    hash({})
except TypeError as e:
    print("TypeError:", e)
try:
    hash({1})
except TypeError as e:
    print("TypeError:", e)
print(isinstance(hash("x"), int), hash(frozenset()) == hash(frozenset()))
