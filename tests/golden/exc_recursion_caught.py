def infinite(n):
    return infinite(n + 1)
try:
    infinite(0)
except RecursionError as e:
    print("RecursionError:", e)
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(500))
try:
    deep(5000)
except RecursionError as e:
    print("RecursionError:", e)
print(deep(900))
class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError as e:
    print("RecursionError:", e)
l = []
for _ in range(100000):
    l = [l]
try:
    s = repr(l)
    print("repr ok?", len(s))
except RecursionError as e:
    print("RecursionError:", e)
print("survived")
