print("key=value=x".partition("="), "key=value=x".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
print("a.b.c".partition("."), "".partition("x"))
try:
    "abc".partition("")
except ValueError as e:
    print("ValueError:", e)
