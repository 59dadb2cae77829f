# str.format / format_map / __format__ and printf-style % formatting.
print("{} {}".format("a", "b"), "{1} {0} {1}".format("x", "y"), "{name}!".format(name="Bob"), "{{}} {{{}}}".format(7))
print("{0[1]} {d[k]} {o.real} {0[0]:>3}".format([5, 6], d={"k": "v"}, o=3))
print("{:>5}|{:<5}|{:^5}|{:*^9}|{:.2}|{:>6.3}|".format("r", "l", "c", "mid", "trunc", "abcdef"))
print("{:d} {:5d} {:05d} {:+d} {:x} {:o} {:b} {:,} {:_x}".format(7, 7, 7, 7, 255, 8, 5, 1234567, 0xdeadbeef))
print("{:.3f} {:10.2e} {:%} {:g} {!r:^9} {!s:>4} {!a}".format(3.14159, 12345.678, 0.5, 1e-7, "ab", 1, "é"))
print("{:{w}.{p}f}".format(3.14159, w=8, p=2), "{:{}}|".format("x", ">4"))
print("{0:{1}}".format("abc", ">5"), "{:{}{}}".format(3, ">", 4), "{:}".format(None), "{}".format([1, "a"]))
print("{0}{1}{0}".format("ab", "-"), format("s", "^5"), format("é☃", "*>4"), format("abc", ""), "{:5}|".format("é"))
print("{a}-{b}".format_map({"a": 1, "b": 2}), "{x[0]}".format_map({"x": "yz"}))
class Missing(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{a} {zz}".format_map(Missing(a=1)))
class P:
    x = 5
    def __format__(self, spec):
        return "P(" + spec + ")"
print("{0.x} {0:abc} {0.x!r:>3}".format(P()))
print("{:é^7}".format("x"), "{0:\u2603>3}".format(1), "{}".format("日本"))
errors = ["{} {}", "{5}", "{", "}", "{0:}{}", "{}{0}", "{a.b}", "{0[0]}", "{!x}", "{:x}", "{0.}", "{0[}", "{0!}", "{0!rr}",
          "{:{:{}}}", "{x", "{0[0]x}", "{0[a]}", "{a}", "a}b", "{:=5}", "{:+}", "{:,}", "{:d}", "{:.3d}", "{0:{"]
for f in errors:
    try:
        print(repr(f.format("s")))
    except Exception as e:
        print(repr(f), type(e).__name__ + ":", e)
try:
    "{0}".format_map({})
except ValueError as e:
    print("ValueError:", e)
try:
    "{a}".format_map({})
except KeyError as e:
    print("KeyError:", e)
try:
    "abc".__format__(1)
except TypeError as e:
    print("TypeError:", e)
print("%d %s %r %a" % (42, "str", "str", "é"))
print("%5.2f|%-8s|%8s|%x|%X|%o|%%|%#x|%#o|%#X" % (3.14159, "left", "right", 255, 255, 8, 255, 8, 255))
print("%05d %+d % d %e %g %c %c %i %u" % (42, 5, 5, 12345.678, 0.00001, 65, "z", 3, 4))
print("%s" % "single", "%s" % (1,), "%s" % [1, 2], "%s %s" % ("a", None), "%s" % {"k": 1}, "%s" % ((1, 2),))
print("%(name)s is %(age)d years, %(name)r" % {"name": "Ann", "age": 30})
print("%*d|%-*d|%.*f|%*s" % (5, 1, 5, 2, 2, 3.14159, -4, "x"))
print("%.3s|%10.3s|%-10s|%.0s|" % ("abcdef", "abcdef", "é☃", "gone"))
print("%.0f %.1f %5.1e %G %E %F" % (2.5, 0.25, 12345.0, 1e20, 1.5, 1.5))
print("%d %d %x %o" % (3.9, -2.5, True, -8), "%5.3d|%-6.2x|%+05d" % (7, 10, 3))
print("%c%c%c" % (233, "☃", 0x1F40D), "%3c|%-3c|" % ("a", "b"), "%%%s%%" % 1, "%s %%" % "x", "abc" % (), "abc" % [], "abc" % {})
print("%ld %hd %Lf" % (1, 2, 3.0), "%s" % b"x", "%r" % b"x", "%s" % 10**30, "%d" % 10**30, "%x" % -(10**20))
print("%10.4f|%-10.2e|%+.3g" % (-3.14159, 1234.5, 0.000123456), "%#.3g %#g" % (1.0, 2.0))
bad = [("%d", "x"), ("%x", 1.5), ("%f", "x"), ("%c", 1.5), ("%c", "ab"), ("%c", 0x110000), ("%z", 1), ("%", ()), ("%(a)s", 1),
       ("%s %s", ("one",)), ("%s", (1, 2)), ("%*d", ("a", 1)), ("%(a", {"a": 1}), ("%(a)", {"a": 1}), ("abc", 5), ("%é", 1),
       ("%d", float("nan")), ("%d", float("inf")), ("%e", 10**400), ("%5%", ()), ("%s %(a)s", {"a": 1}), ("%.*s", (2**40, "x"))]
for f, a in bad:
    try:
        print(repr(f % a))
    except Exception as e:
        print(repr(f), type(e).__name__ + ":", e)
print("%s and %s" % ("é", "日本"), "%-4s|" % "é", "%4s|" % "☃")
