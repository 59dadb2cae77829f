# A script with "is" literal and "perhaps you missed a comma?" SyntaxWarnings: reported on
# stderr with the source line before it runs.
x = 1
if x is 1:
    print("one")
if x is not "a": pass
print(x is None)
x = [lambda: 1[0]]
y = 1[0] if False else 2
