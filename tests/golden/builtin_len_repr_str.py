print(len("abc"), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 3}), len(range(5)), len(b"ab"), len(""))
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
try:
    len(None)
except TypeError as e:
    print("TypeError:", e)
print(repr(1), repr("a"), repr([1, "b"]), repr(None), repr(1.0), repr((1,)), repr({}), repr(set()))
print(str(1), str("a"), str([1, "b"]), str(None), str(), str(b"x"), str(1e-8))
print(repr("multi\nline"), repr("tab\t"), repr("\x00"), repr("'"), repr("\""), repr("'\""))
print(repr([["nested", ("t",)], {"k": {"v"}}]))
