def a():
    "single quoted docstring"
def b():
    """Multi
    line
    docstring."""
def c():
    x = 1
    "not a docstring"
def d():
    f"not a docstring {1}"
class K:
    """Class doc."""
    def m(self):
        '''method doc'''
print(repr(a.__doc__))
print(repr(b.__doc__))
print(c.__doc__, d.__doc__)
print(K.__doc__, K.m.__doc__, K().m.__doc__)
print((lambda: 0).__doc__)
