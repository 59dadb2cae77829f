print(int.__name__, float.__name__, (3).__add__(4), (3).__radd__(4), (2.0).__mul__(3))
print((5).__eq__(5.0), (5).__lt__(6), (1).__add__(1.5), (1.5).__add__(1))
print(int("7") + float("0.5"), str(7) + str(0.5), complex(1, 2) if False else "no complex")
print(float("1e3").is_integer(), int(float("1e3")), 10 .bit_length(), 1.0.__class__.__name__)
