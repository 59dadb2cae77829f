print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "a", [0]]), all([1, 0]))
print(any(x > 2 for x in range(5)), all(x < 5 for x in range(5)), any("abc"), all(""))
calls = []
def chk(x):
    calls.append(x)
    return x
print(any(chk(x) for x in [0, 0, 1, 0, 1]), calls)
calls.clear()
print(all(chk(x) for x in [1, 1, 0, 1]), calls)
