print(1 == 1.0, 1 == True, 0 == False, 2 == True, 1.0 == True)
print(1 < 1.5, 2 > 1.5, -1 < -0.5, 10**20 == 1e20, 10**20 + 1 == 1e20)
print(2**53 + 1 == 2.0**53 + 1, 2**53 + 1 > 2.0**53, 2**1000 > 1e308, 2**1000 < float("inf"))
print(True + True, True * 3, False - 1, True / 2)
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0 == True)
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False) == hash(-0.0))
print(hash(2**61 - 1) == hash(float(2**61 - 1)) if False else hash(10**6) == hash(1e6))
print(hash(-1) == hash(-1.0), hash(0.5) == hash(0.5))
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)
print({1, 1.0, True}, len({0, 0.0, False, -0.0}))
print(max(1, 1.0), max(1.0, 1), min(True, 1), sorted([3, 1.5, True, 2]))
print(float("nan") == float("nan"), float("nan") != float("nan"), 1 < float("nan"))
print(float("inf") > 10**400, -float("inf") < -(10**400))
