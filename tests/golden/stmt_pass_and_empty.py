def f():
    pass
class C:
    pass
print(f(), C.__name__)
for i in range(3):
    pass
while False:
    pass
if True:
    pass
try:
    pass
except Exception:
    pass
def g():
    """Only a docstring."""
print(g(), g.__doc__)
def h():
    ...
print(h(), ...)
