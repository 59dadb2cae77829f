def f1():
    try:
        return "try"
    finally:
        print("finally runs before return")
print(f1())
def f2():
    try:
        return "try"
    finally:
        return "finally overrides"
print(f2())
def f3():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(f3())
def f4():
    x = 1
    try:
        return x
    finally:
        x = 2
print(f4())
def f5():
    l = []
    try:
        return l
    finally:
        l.append("mutated")
print(f5())
def f6():
    for i in range(3):
        try:
            return i
        finally:
            if i < 2:
                continue
print(f6())
