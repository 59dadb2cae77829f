class Grid:
    def __init__(self, n):
        self.n = n
        self.data = {}
    def __len__(self):
        return self.n * self.n
    def __getitem__(self, key):
        print("get", key)
        if key not in self.data:
            raise KeyError(key)
        return self.data[key]
    def __setitem__(self, key, value):
        print("set", key, value)
        self.data[key] = value
    def __delitem__(self, key):
        print("del", key)
        del self.data[key]
    def __contains__(self, key):
        return key in self.data
g = Grid(3)
g[0, 1] = "a"
g[2, 2] = "b"
print(g[0, 1], len(g), (0, 1) in g, (1, 1) in g)
del g[0, 1]
print((0, 1) in g)
try:
    g[5, 5]
except KeyError as e:
    print("KeyError:", e)
class Sliceable:
    def __getitem__(self, k):
        return k
s = Sliceable()
print(s[1], s[1:2], s[::3], s[1:2, 3], s[...], s["x"])
