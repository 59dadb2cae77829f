print(u"unicode prefix", U"upper")
print(rb"\d", Rb"\d", bR"\d", BR"\d")
print(fr"{1+1}\n", rf"\t{2}", Fr"{3}\x")
print(type(u""), type(rb""))
x = "v"
print(rf"{x}\{x}")
