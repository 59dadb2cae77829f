print("ab" * 3, 3 * "ab", "x" * 0, "x" * -1, "" * 10)
print("abc" + "def", "a" < "b", "abc" < "abd", "ab" < "abc", "B" < "a", "abc" == "abc")
print(len(""), len("abc"), "abc"[1], "abc"[-1], str(123), str(1.5), str([1]))
try:
    "abc"[5]
except IndexError as e:
    print("IndexError:", e)
try:
    "abc"[0] = "x"
except TypeError as e:
    print("TypeError:", e)
print(max("hello"), min("hello"), sorted("hello"), list("abc"), tuple("ab"))
print("a" in "abc", "ac" in "abc", "abc".encode(), str(), repr("it's"), repr('say "hi"'), repr("both ' \""))
print("%s" % "x" * 3, "Hello"[1:4].upper())
print(ord("A"), chr(97), "abc".index("c"), "a-b_c".translate(str.maketrans("-_", "  ")))
print("hello".__len__(), "hi".__contains__("h"), str.upper("x"))
s = "immutable"
t = s
s += "!"
print(s, t)
