# Case mapping (incl. special casing and final sigma) and character classification.
samples = ["hello World 123 ßtraße", "ǅungla ǆ", "ΣΑΣ ΟΔΟΣ ΑΣ.", "ﬁx ﬂow", "İstanbul", "ŉ", "Ǆ", "ὒ", "they're bill's friends",
           "hello\u0301world", "ᾳ ᾼ", "Ꭰ", "ꭰ", "ǰ", "ΐ", "123abc", "", "ǈ", "aΣb Σ", "Σa", "A\u00adΣ"]
for s in samples:
    print(repr(s), repr(s.upper()), repr(s.lower()), repr(s.title()), repr(s.capitalize()), repr(s.swapcase()), repr(s.casefold()))
for t in ["123", "abc", "ABC", "aBc", "   ", "", "a1", "½", "٣", "Abc Def", "x\t", "Ⅻ", "²", "𝟘", "ǅa", "ǅA", "Hello World", "hello world",
          "\u3000", "\x1c", "_", "é", "ÉCOLE", "a_1", "1a", "αβγ", "\u200b", " \t\n", "\xa0", "A1B2", "ß", "İ"]:
    print(repr(t), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalpha(), t.isspace(), t.isalnum(), t.isupper(),
          t.islower(), t.istitle(), t.isidentifier(), t.isprintable(), t.isascii())
print("abc".isidentifier(), "1abc".isidentifier(), "_x".isidentifier(), "ab c".isprintable(), "a\n".isprintable(),
      "été".isidentifier(), "a·b".isidentifier(), "℘x".isidentifier(), "x℘".isidentifier(), "".isidentifier())
for m in ["upper", "isalpha", "title"]:
    try:
        getattr("a", m)(1)
    except TypeError as e:
        print("TypeError:", e)
