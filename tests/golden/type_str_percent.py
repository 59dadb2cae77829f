print("%d %s %r" % (42, "str", "str"))
print("%5.2f|%-8s|%8s|%x|%X|%o|%%" % (3.14159, "left", "right", 255, 255, 8))
print("%05d %+d % d %e %g %c %c" % (42, 5, 5, 12345.678, 0.00001, 65, "z"))
print("%s" % "single", "%s" % (1,), "%s" % [1, 2], "%s %s" % ("a", None))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("%*d|%-*d|%.*f" % (5, 1, 5, 2, 2, 3.14159))
print("%i %u %.3s %10.3s|" % (1, 2, "abcdef", "abcdef"))
print("%#x %#o %.0f %.1f" % (255, 8, 2.5, 0.25))
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "%s %s" % ("one",)
except TypeError as e:
    print("TypeError:", e)
try:
    "%s" % (1, 2)
except TypeError as e:
    print("TypeError:", e)
print("%d%%" % 50, "%r" % (None,), "%a" % "é")
