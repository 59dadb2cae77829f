x = None
y = -x
