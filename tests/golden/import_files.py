# Importing the script's own modules and packages from sys.path: dotted names, relative
# imports, `from package import submodule`, circular imports, ModuleNotFoundError, and an
# error raised while a module runs (its traceback goes through the module's file).
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/importdata")

import mymod
print(mymod.X, mymod.f(), mymod.__name__, mymod.__package__)
print(mymod.__file__.rsplit("/", 1)[1])
import pkg.sub.deep
print(pkg.sub.deep.go())
from pkg import helpers, sub
print(helpers.helper(), sub.__name__, pkg.__path__[0].endswith("importdata/pkg"))
import pkg.sub.deep as d
print(d is pkg.sub.deep, sorted(k for k in sys.modules if k.startswith('pkg')))
import circ_a
print(circ_a.A, circ_a.circ_b.B)
try:
    import nosuchmod
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import mymod.nope
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from pkg import nope
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
print(__import__('pkg.helpers').__name__, __import__('pkg.helpers', fromlist=['x']).__name__)
try:
    from . import mymod
except ImportError as e:
    print(type(e).__name__, e)
import bad
