s = "hello World 123 strasse"
print(s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
print("they're bill's".title(), "ABC def".capitalize(), "mIxEd".swapcase())
for t in ["123", "abc", "ABC", "aBc", "   ", "", "a1", "Abc Def", "x\t"]:
    print(repr(t), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalpha(), t.isspace(), t.isalnum(), t.isupper(), t.islower(), t.istitle())
print("abc".isidentifier(), "1abc".isidentifier(), "_x".isidentifier(), "ab c".isprintable(), "a\n".isprintable(), "abc".isascii(), "\x7f".isascii())
