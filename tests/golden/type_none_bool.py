print(None, repr(None), str(None), type(None).__name__, bool(None))
print(None == None, None is None, None != 0, None == False)
print(True, False, True + 1, False * 5, True == 1, int(True), str(False), repr(True))
print(bool(0), bool(1), bool(-1), bool("x"), bool(""), bool([]), bool([0]))
print(True & True, True | False, True ^ True, not True, ~False, -True)
print(type(True).__name__, isinstance(False, int), True.__class__.__mro__[1].__name__)
print(hash(None) == hash(None), f"{True}", f"{True:d}", f"{False!r}")
print(sum([True, True, False]), max(True, 2), str(True).upper())
try:
    None + 1
except TypeError as e:
    print("TypeError:", e)
n = None
try:
    n()
except TypeError as e:
    print("TypeError:", e)
try:
    None.x
except AttributeError as e:
    print("AttributeError:", e)
