if True:
	x = 1
	if x:
		print("tab indented", x)
def f():
	return "tab body"
print(f())
