def classify(exc):
    try:
        raise exc
    except ZeroDivisionError:
        return "zero"
    except ArithmeticError:
        return "arith"
    except (KeyError, IndexError) as e:
        return "lookup " + type(e).__name__
    except Exception as e:
        return "other " + type(e).__name__
for e in [ZeroDivisionError(), OverflowError(), KeyError(), IndexError(), ValueError(), LookupError()]:
    print(classify(e))
try:
    try:
        raise KeyboardInterrupt
    except Exception:
        print("wrong")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
exc_types = (ValueError, TypeError)
try:
    raise TypeError("dyn")
except exc_types as e:
    print("dynamic tuple", e)
try:
    try:
        raise ValueError(1)
    except 5:
        pass
except TypeError as e:
    print("TypeError:", e)
