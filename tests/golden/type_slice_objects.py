s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1))
print(list(range(20))[s], "abcdefghijk"[s])
print(s.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10))
class Rec:
    def __getitem__(self, k):
        return k
r = Rec()
print(r[1:2], r[:], r[::], r[1:2:3], r[:, 1], r[1:2, ::3])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
