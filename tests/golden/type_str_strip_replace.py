s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcba".strip("ab"), "www.example.com".lstrip("w."), "file.txt..".rstrip("."))
print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "abc".replace("", "-"), "hello".replace("l", ""))
print("ababab".replace("ab", "x", 0), "no match".replace("zz", "y"))
print("prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"), "abc".removeprefix("x"))
print("tab\tsep".expandtabs(4), repr("a\tb".expandtabs()))
