code = "x = 1\ny = (2 +\n"
exec(code)
