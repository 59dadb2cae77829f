s = "a" 'b' """c""" '''d'''
print(s)
print("x" r"\y" "z")
n = 5
print("n=" f"{n}" " done")
print(f"{n}" f"{n+1}" "lit")
print(("multi"
       "line"
       f" {n*2}"))
print(b"by" b"tes")
print(len("ab" "cd"))
