s = """first
  second\
 joined
third"""
print(s)
print(repr(s))
t = '''with "double" quotes and ''' '''more'''
print(t)
u = "\
start"
print(u)
