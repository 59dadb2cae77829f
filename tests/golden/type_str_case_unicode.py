# Case mapping and classification beyond ASCII (needs Unicode tables).
s = "ßtraße Ünïcödé ΑΒΓ ǅ ﬁ"
print(s.upper())
print(s.lower())
print(s.title())
print(s.capitalize())
print(s.swapcase())
print(s.casefold())
for t in ["½", "٣", "Ⅻ", "é", "É", "ǅ", "\u00a0", "\u3000", "中文", "x²"]:
    print(repr(t), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalpha(), t.isspace(), t.isalnum(), t.isupper(), t.islower(), t.istitle())
print("é".isascii(), "É".lower() == "é", "ΣΑΣ".lower())
print(int("٣٤"), float("١.٥"), "x\u2028y".splitlines())
