# Subclasses of str and bytes: construction, methods return exact str/bytes.
class S(str):
    pass
s = S("hi")
print(type(s).__name__, s, repr(s), s == "hi", s + "!", type(s + "!").__name__, s.upper(), type(s.upper()).__name__)
print(type(str(s)).__name__, str(s), len(s), s[0], type(s[0]).__name__)
class B(bytes):
    pass
b = B(b"xy")
print(type(b).__name__, b, b == b"xy", type(b + b"z").__name__, type(b.upper()).__name__, len(b), b[0])
class T(str):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
    def shout(self):
        return self.upper() + "!"
t = T("ab")
print(t, len(t), t.shout(), isinstance(t, str), t.startswith("ab"), "{}".format(t), "%s" % t, t in {"abab": 1})
print(str.__new__(T, "q"), type(str.__new__(T, "q")).__name__)
for bad in [int, 1]:
    try:
        str.__new__(bad)
    except TypeError as e:
        print("TypeError:", e)
