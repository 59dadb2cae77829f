class P:
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "p-str"
    def __format__(self, spec):
        return "fmt[" + spec + "]"
p = P()
print(f"{p}")
print(f"{p!r}")
print(f"{p!s}")
print(f"{p:xyz}")
print(f"{p!r:>8}|")
print(f"{'naïve'!a}")
print(f"{'tab	x'!r}")
print(f"{None} {True} {None!r}")
print(f"{[1, 'a']}")
print(format(p, "abc"), format(3, "03"))
