try:
    raise ValueError
except ValueError as e:
    print("class raised:", repr(e), e.args)
try:
    raise ValueError("with msg", 42)
except ValueError as e:
    print(repr(e), e.args, str(e))
try:
    raise KeyError("key")
except KeyError as e:
    print(str(e), repr(e))
try:
    raise Exception()
except Exception as e:
    print(repr(str(e)))
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
class NotExc:
    pass
try:
    raise NotExc
except TypeError as e:
    print("TypeError:", e)
e = None
try:
    raise RuntimeError("x")
except RuntimeError as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError:", err)
