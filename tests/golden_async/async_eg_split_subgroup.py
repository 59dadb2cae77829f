# ExceptionGroup.split() and .subgroup(): by type, by tuple of types, by predicate; nested
# structure is kept, empty parts are None, and a full match returns the group itself.
def show(label, g):
    print(label, repr(g))


eg = ExceptionGroup("top", [
    ValueError("v1"),
    TypeError("t1"),
    ExceptionGroup("mid", [ValueError("v2"), KeyError("k1")]),
])
match, rest = eg.split(ValueError)
show("split ValueError match:", match)
show("split ValueError rest:", rest)
match, rest = eg.split((TypeError, KeyError))
show("split tuple match:", match)
show("split tuple rest:", rest)
match, rest = eg.split(lambda e: "1" in str(e))
show("split predicate match:", match)
show("split predicate rest:", rest)
match, rest = eg.split(OSError)
show("no match:", match)
print("rest is eg:", rest is eg)
match, rest = eg.split(Exception)
print("full match is eg:", match is eg, rest)
show("subgroup ValueError:", eg.subgroup(ValueError))
show("subgroup KeyError:", eg.subgroup(KeyError))
print("subgroup OSError:", eg.subgroup(OSError))
print("subgroup everything is eg:", eg.subgroup(lambda e: True) is eg)
print("predicate sees groups too:", repr(eg.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "mid")))
b = BaseExceptionGroup("b", [KeyboardInterrupt("ki"), ValueError("v")])
m, r = b.split(Exception)
print(type(m).__name__, repr(m), type(r).__name__, repr(r))
try:
    eg.split(1)
except TypeError as e:
    print("TypeError:", e)
