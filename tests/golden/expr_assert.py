assert True
assert 1 == 1, "never shown"
try:
    assert False
except AssertionError as e:
    print("AssertionError", repr(e), e.args)
try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print("AssertionError:", e)
try:
    x = []
    assert x, f"empty list: {x}"
except AssertionError as e:
    print(e)
calls = []
def msg():
    calls.append(1)
    return "m"
assert True, msg()
print(calls)
