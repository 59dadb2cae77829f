# Backslash continuation lines.
total = 1 + \
    2 + \
    3
print(total)
if total > 5 and \
   total < 10:
    print("in range")
s = "abc" \
    "def"
print(s)
x = [1, 2, \
     3]
print(x)
assert total == 6, \
    "bad total"
print("ok")
