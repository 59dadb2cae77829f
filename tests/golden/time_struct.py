# gmtime and struct_time, asctime, strftime and mktime on fixed timestamps (independent of the
# clock and of the local timezone).
import time


def t(label, f, *args, **kwargs):
    try:
        print(label, "->", repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


for secs in [0, 1, 1.9, -1.5, 86399, 951782400, 1700000000, 2**31, 4102444800, -2208988800]:
    g = time.gmtime(secs)
    print(secs, g, g.tm_zone, g.tm_gmtoff)

g = time.gmtime(1700000000)
print(len(g), g[0], g[-1], g[:3], tuple(g), list(g)[6:])
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, g.tm_wday, g.tm_yday, g.tm_isdst)
print(type(g), type(g).__name__, type(g).__module__, isinstance(g, tuple))
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields,
      time.struct_time.n_unnamed_fields, time.struct_time.__match_args__)
print(g == (2023, 11, 14, 22, 13, 20, 1, 318, 0), hash(g) == hash(tuple(g)), g.count(0), g.index(1))
print(g == time.gmtime(1700000000), g != time.gmtime(0), sorted([g, time.gmtime(0)])[0][0])
y, mo, d, *rest = g
print(y, mo, d, rest)

s = time.struct_time((2020, 2, 29, 12, 30, 45, 5, 60, 0))
print(s, s.tm_zone, s.tm_gmtoff)
s = time.struct_time(range(11))
print(s, s.tm_zone, s.tm_gmtoff)
print(time.struct_time([1, 2, 3, 4, 5, 6, 7, 8, 9]))
t("struct_time((1, 2, 3))", time.struct_time, (1, 2, 3))
t("struct_time(range(12))", time.struct_time, tuple(range(12)))
t("struct_time(5)", time.struct_time, 5)
t("struct_time()", time.struct_time)

print(time.asctime(g), time.asctime((2023, 1, 1, 1, 1, 1, 1, 1, 0)))
print(time.asctime((2023, 0, 0, 0, 0, 0, 0, 0, 0)), time.asctime((99, 12, 31, 23, 59, 61, 6, 366, -1)))
print(time.asctime((12345, 1, 1, 1, 1, 1, 7, 1, 0)), time.asctime((-5, 1, 1, 1, 1, 1, -1, 1, 0)))
for bad in [(2023, 13, 1, 0, 0, 0, 0, 1, 0), (2023, 1, 32, 0, 0, 0, 0, 1, 0),
            (2023, 1, 1, 24, 0, 0, 0, 1, 0), (2023, 1, 1, 0, 60, 0, 0, 1, 0),
            (2023, 1, 1, 0, 0, 62, 0, 1, 0), (2023, 1, 1, 0, 0, 0, -2, 1, 0),
            (2023, 1, 1, 0, 0, 0, 0, 367, 0), (2023, 1, 1, 0, 0, 0, 0, -1, 0),
            (2023, -1, 1, 0, 0, 0, 0, 1, 0), (2023, 1, -1, 0, 0, 0, 0, 1, 0),
            (1.5, 1, 1, 1, 1, 1, 1, 1, 0), (2**31, 1, 1, 1, 1, 1, 1, 1, 0),
            (2**63, 1, 1, 1, 1, 1, 1, 1, 0), (-(2**31), 1, 1, 1, 1, 1, 1, 1, 0),
            (1, 2), [2023, 1, 1, 1, 1, 1, 1, 1, 0], 5]:
    t("asctime(%r)" % (bad,), time.asctime, bad)
t("asctime(1, 2)", time.asctime, 1, 2)

fmt = "%Y-%m-%d %H:%M:%S %a %A %b %B %j %p %y %U %W %w %u %C %G %V %D %T %R %e %%"
print(time.strftime(fmt, g))
print(time.strftime("%Y %m %d %j", (2023, 0, 0, 0, 0, 0, 0, 0, 0)))
print(repr(time.strftime("", g)), time.strftime("héllo ✓ %Y", g), time.strftime("%Z %z", g))
print(time.strftime("%Z|%z", time.struct_time((2023, 1, 1, 1, 1, 1, 1, 1, 0, "ABC", 7200))))
print(time.strftime("%c|%x|%X|%I|%M|%n|%t|%h", (2001, 2, 3, 4, 5, 6, 5, 34, 0)))
print(time.strftime("%Y", (2023, 1, 1, 0, 0, 0, 0, 0, 5)), time.strftime("%H" * 300, g)[:6])
t("strftime(5)", time.strftime, 5)
t("strftime('%Y', 5)", time.strftime, "%Y", 5)
t("strftime('%Y', (1, 2))", time.strftime, "%Y", (1, 2))
t("strftime('a\\0b')", time.strftime, "a\0b")
t("strftime()", time.strftime)
t("strftime('%Y', g, 1)", time.strftime, "%Y", g, 1)
t("strftime month 13", time.strftime, "%Y", (2023, 13, 1, 0, 0, 0, 0, 1, 0))
t("strftime bad zone", time.strftime, "%Y", time.struct_time((2023, 1, 1, 1, 1, 1, 1, 1, 0, 5, 7)))
print(type(time.strftime("%Y")).__name__, len(time.strftime("%Y")))

t("gmtime('a')", time.gmtime, "a")
t("gmtime(nan)", time.gmtime, float("nan"))
t("gmtime(1e300)", time.gmtime, 1e300)
t("gmtime(10**30)", time.gmtime, 10**30)
t("gmtime(1e18)", time.gmtime, 1e18)
t("gmtime(1, 2)", time.gmtime, 1, 2)
t("localtime(1, 2)", time.localtime, 1, 2)
t("ctime(1, 2)", time.ctime, 1, 2)
t("ctime('x')", time.ctime, "x")
print(type(time.gmtime()).__name__, time.gmtime(None).tm_year >= 2024, type(time.localtime()).__name__)

# Round trips through the local timezone, whatever it is.
for secs in [0, 86400 * 365, 1700000000, 951782400]:
    lt = time.localtime(secs)
    print(secs, time.mktime(lt) == secs, time.ctime(secs) == time.asctime(lt),
          type(time.mktime(lt)).__name__, lt.tm_gmtoff == -time.timezone or lt.tm_isdst > 0)
print(time.mktime(time.localtime(1700000000.75)))
t("mktime(5)", time.mktime, 5)
t("mktime((1, 2))", time.mktime, (1, 2))
t("mktime('a' field)", time.mktime, (2023, 1, 1, 0, 0, 0, 0, 1, "a"))
t("mktime(year 10**10)", time.mktime, (10**10, 1, 1, 1, 1, 1, 1, 1, 0))
t("mktime()", time.mktime)
print(type(time.timezone).__name__, type(time.altzone).__name__, time.daylight in (0, 1),
      type(time.tzname).__name__, len(time.tzname))
time.tzset()
print(type(time.timezone).__name__)
