def run(n):
    out = []
    try:
        out.append("try")
        if n == 1:
            raise ValueError("v")
        if n == 2:
            raise KeyError("k")
        if n == 3:
            return out + ["returned"]
    except ValueError as e:
        out.append("except ValueError " + str(e))
    except (KeyError, IndexError) as e:
        out.append("except tuple " + repr(e))
    else:
        out.append("else")
    finally:
        out.append("finally")
    return out
for n in range(4):
    print(n, run(n))
try:
    pass
finally:
    print("try/finally only")
try:
    raise TypeError("t")
except Exception:
    print("caught by Exception")
try:
    try:
        raise IndexError("inner")
    except KeyError:
        print("wrong")
except LookupError as e:
    print("outer caught", repr(e))
try:
    x = 1
except:
    print("never")
else:
    print("else with bare except", x)
