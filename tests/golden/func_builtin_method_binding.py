class C:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
c = C(5)
m = c.get
print(m(), C.get(c), m.__self__ is c, m.__func__ is C.get)
f = c.get
c.v = 7
print(f())
c.get = lambda: "instance attr wins"
print(c.get(), C.get(c))
appender = [].append
print(appender(1))
l = [3, 1, 2]
sorter = l.sort
sorter()
print(l)
up = "abc".upper
print(up())
print(c.__init__.__name__, type(m).__name__)
