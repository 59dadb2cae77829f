print("{} {}".format("a", "b"), "{1} {0} {1}".format("x", "y"), "{name}!".format(name="Bob"))
print("{0[1]} {d[k]} {o.real}".format([5, 6], d={"k": "v"}, o=3))
print("{:>5}|{:<5}|{:^5}|{:*^9}".format("r", "l", "c", "mid"))
print("{:d} {:5d} {:05d} {:+d} {:x} {:o} {:b} {:,}".format(7, 7, 7, 7, 255, 8, 5, 1234567))
print("{:.3f} {:10.2e} {:%} {:g}".format(3.14159, 12345.678, 0.5, 1e-7))
print("{{escaped}} {}".format(1), "{!r} {!s}".format("q", "q"))
print("{:{w}.{p}f}".format(3.14159, w=8, p=2))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError:", e)
try:
    "{:d}".format("s")
except ValueError as e:
    print("ValueError:", e)
print("{0}{1}{0}".format("ab", "-"), format("s", "^5"), format(12, "#b"))
print("{:c}".format(65), "{:=+6}".format(-3), "{:_x}".format(0xdeadbeef))
