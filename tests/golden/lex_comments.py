# A comment at the top
x = 1  # trailing comment
# comment between statements
    # indented comment is fine
y = 2
def f():
    # comment in body
    return x + y  # another
        # deeper comment before dedent
print(f())
s = "# not a comment"
print(s)
l = [1,  # comment inside brackets
     2]
print(l)
if x:
    # only comment line then statement
    print("yes")
#
#! odd comment
print("end")  #
