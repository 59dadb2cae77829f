s = "  a b  c   "
print(s.split(), "a,b,,c".split(","), "a,b,c".split(",", 1), "abc".split("b"))
print("a b c".rsplit(" ", 1), "a  b".split(" "), "".split(), "".split(","))
print("1-2-3".rsplit("-"), "x".split("x"), "  lead".split(" "))
print("one\ttwo\nthree  four".split(), "a b c d".split(None, 2), "a b c d".rsplit(None, 2))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), "+".join(map(str, range(4))))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
print("a\nb\r\nc\rd".splitlines(), "a\nb\n".splitlines(True), "".splitlines(), "x\n\ny".splitlines())
