# Setting __doc__ on a class: allowed for classes defined in Python, not for builtin types.
class P: pass
P.__doc__ = "d"
print(P.__doc__)
try:
    int.__doc__ = "x"
except TypeError as e:
    print(e)
