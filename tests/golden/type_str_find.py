s = "hello world, hello python"
print(s.find("hello"), s.find("hello", 1), s.find("xyz"), s.rfind("hello"), s.rfind("o"))
print(s.find("o", 5, 10), s.find(""), s.rfind(""), s.find("", 100))
print(s.index("world"), s.rindex("l"), s.count("l"), s.count("hello"), s.count(""), "aaaa".count("aa"))
try:
    s.index("nope")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("nope")
except ValueError as e:
    print("ValueError:", e)
print(s.startswith("hello"), s.startswith("world", 6), s.endswith("python"), s.endswith(("x", "on")))
print(s.startswith(("a", "b", "h")), "".startswith(""), "abc".endswith("", 5))
print("ell" in s, s.find("l", -5), s.count("o", 0, 10))
