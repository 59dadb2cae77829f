# The warnings module: filters, registries, catch_warnings, formatting, errors.
import sys
import warnings

sys.stderr = sys.stdout  # the warnings print to stderr; show them in order with the rest


def f():
    warnings.warn("plain user warning")


for i in range(3):
    f()  # once per location under the default action
warnings.warn("category given", RuntimeWarning)
warnings.warn(DeprecationWarning("deprecated in __main__ is shown"))


def deep():
    warnings.warn("reported at the caller", UserWarning, stacklevel=2)


deep()

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    for i in range(2):
        warnings.warn("recorded", FutureWarning)
    warnings.warn("another", SyntaxWarning)
print(len(log), [str(w.message) for w in log], [w.category.__name__ for w in log])
print(log[0].lineno, log[0].filename.endswith("warnings_module.py"), type(log[0].message).__name__)

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error", UserWarning)
    except UserWarning as e:
        print("raised:", repr(e))

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("ignored")
    print("nothing printed above")

with warnings.catch_warnings():
    warnings.simplefilter("ignore", category=DeprecationWarning)
    warnings.warn("dep ignored", DeprecationWarning)
    warnings.warn("user still shown", UserWarning)

with warnings.catch_warnings():
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("once only")
        warnings.warn("once only")

print(warnings.formatwarning("msg", UserWarning, "file.py", 10, "line of code"))
print(repr(warnings.formatwarning("msg", UserWarning, "nofile.py", 3)))

try:
    warnings.warn("x", category=int)
except TypeError as e:
    print(e)
try:
    warnings.simplefilter("bogus")
except AssertionError as e:
    print("AssertionError", e)

def my_show(message, category, filename, lineno, file=None, line=None):
    print("custom:", message, category.__name__, lineno)

old = warnings.showwarning
warnings.showwarning = my_show
warnings.warn("through a custom showwarning")
warnings.showwarning = old

warnings.warn_explicit("explicit", UserWarning, "somefile.py", 42)
warnings.warn_explicit("explicit", UserWarning, "somefile.py", 42)
reg = {}
warnings.warn_explicit("with registry", UserWarning, "m.py", 1, registry=reg)
warnings.warn_explicit("with registry", UserWarning, "m.py", 1, registry=reg)
print(sorted(k for k in reg if k != "version"))

print(warnings.filters[:2] if False else len(warnings.filters) >= 5)
warnings.resetwarnings()
print(warnings.filters)
warnings.warn("after reset: default action", DeprecationWarning)
print(repr(warnings.catch_warnings()), repr(warnings.catch_warnings(record=True)))
m = warnings.WarningMessage("m", UserWarning, "f.py", 1)
print(m)
