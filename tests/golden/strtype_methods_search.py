# find/rfind/index/rindex/count/startswith/endswith with ranges, on ASCII and non-ASCII text.
s = "hello world, hello python"
u = "héllo wörld, héllo ☃ 🐍 héllo"
for t in [s, u]:
    for sub in ["hello", "héllo", "o", "l", "", "xyz", "🐍", "ö"]:
        print(repr(sub), t.find(sub), t.rfind(sub), t.count(sub), t.find(sub, 3), t.rfind(sub, 0, 10),
              t.find(sub, -8), t.count(sub, 2, -2), t.startswith(sub), t.endswith(sub))
print(u.index("☃"), u.rindex("é"), u.find("é", 100), u.find("", 100), u.find("", len(u)), u.count("", 3, 5))
print("abc".count("", 5), "abc".count("", 3), "abc".count("", -1), "aaaa".count("aa"), "aaaa".count("a", 1, 3))
print("abc".startswith("", 3), "abc".startswith("", 4), "abc".endswith("", 5), "abc".endswith("c", 0, 3), "abc".endswith("b", 0, 2))
print("abc".startswith(("x", "ab")), "abc".endswith(("x", "y")), "abc".startswith("b", 1), "abc".startswith("bc", -2))
print("abc".find("c", None, None), "abc".find("c", 2**80), "abc".find("a", -2**80))
for args in [(1,), ("a", 1.5), ()]:
    try:
        print("abc".find(*args))
    except TypeError as e:
        print("TypeError:", e)
for bad in [1, (1,), ["a"]]:
    try:
        "abc".startswith(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    "abc".index("d")
except ValueError as e:
    print("ValueError:", e)
try:
    "abc".rindex("d", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    "abc".count("a", 0, 1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    "abc".find(sub="a")
except TypeError as e:
    print("TypeError:", e)
