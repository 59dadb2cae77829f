to_int = lambda s: int(s)
values = ["1", "2", "x3"]
print([to_int(v) for v in values])
