# The argument-count and keyword errors of every builtin function, worded as CPython 3.11.
import builtins

names = ["abs", "aiter", "all", "anext", "any", "ascii", "bin", "callable", "chr", "delattr",
         "dir", "divmod", "eval", "exec", "format", "getattr", "globals", "hasattr", "hash",
         "hex", "id", "isinstance", "issubclass", "iter", "len", "locals", "max", "min", "next",
         "oct", "ord", "pow", "repr", "round", "setattr", "sorted", "sum", "vars", "__import__",
         "enumerate", "zip", "map", "filter", "reversed"]
for n in names:
    f = getattr(builtins, n)
    for args, kw in [((), {}), ((1,) * 6, {}), ((1,), {"zz": 1})]:
        try:
            f(*args, **kw)
            r = "ok"
        except Exception as e:
            r = f"{type(e).__name__}: {e}"
        print(n, len(args), bool(kw), "->", r)
