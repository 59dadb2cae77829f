# fnmatch and glob: wildcards, classes, translate, recursive and hidden-file globbing.
import fnmatch, glob, os
names = ["a.py", "b.txt", "c.py", "test_x.py", ".hidden.py", "data[1].csv"]
print(fnmatch.filter(names, "*.py"), fnmatch.fnmatch("test_x.py", "test_*"), fnmatch.fnmatchcase("A.PY", "*.py"))
print(fnmatch.fnmatch("x1", "x[0-9]"), fnmatch.fnmatch("xa", "x[!0-9]"), fnmatch.fnmatch("data[1].csv", "data[[]1].csv"), fnmatch.fnmatch("a", "[]a]"), fnmatch.fnmatch("abc", "a*c*"), fnmatch.fnmatch("ab", "a?c"))
print(fnmatch.translate("*.py"), fnmatch.translate("x[!0-9]?"))
base = "/tmp/krait_glob_%d" % os.getpid()
os.makedirs(base + "/d/e")
for n in ["a.py", "b.py", ".h.py", "d/c.py", "d/e/f.py", "d/e/g.txt"]:
    open(base + "/" + n, "w").close()
rel = lambda ps: sorted(p[len(base) + 1:] for p in ps)
print(rel(glob.glob(base + "/*.py")), rel(glob.glob(base + "/*/*.py")), rel(glob.glob(base + "/**/*.py", recursive=True)))
print(sorted(glob.glob("**/*.txt", root_dir=base, recursive=True)), glob.glob(base + "/nope*"), glob.escape("a*b?[c]"), rel(glob.glob(base + "/*", include_hidden=True)))
for n in ["a.py", "b.py", ".h.py", "d/c.py", "d/e/f.py", "d/e/g.txt"]:
    os.remove(base + "/" + n)
os.removedirs(base + "/d/e") if False else (os.rmdir(base + "/d/e"), os.rmdir(base + "/d"), os.rmdir(base))
print(os.path.exists(base))
