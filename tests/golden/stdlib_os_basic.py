# os and os.path: names, path arithmetic, directories, stat, the environment, errors.
import os
import os.path
from os.path import join, basename
import sys
print(os.name, os.sep, os.linesep == "\n", os.curdir, os.pardir, os.pathsep, os.devnull)
print(os.path is sys.modules['os.path'], os.path.__name__)
print(join("a", "b", "c"), join("/a", "/b"), join("a/", "b"), join("", "x"), join("a", ""))
print(os.path.split("/a/b/c.txt"), os.path.split("c"), os.path.split("/"), os.path.split("//x"))
print(os.path.splitext("a/b.tar.gz"), os.path.splitext(".bashrc"), os.path.splitext("a.b/c"))
print(basename("/a/b/"), os.path.dirname("/a/b/c"), os.path.dirname("c"), os.path.dirname("//a"))
print(os.path.normpath("/a/./b/../c//d"), os.path.normpath(""), os.path.normpath("../x/.."), os.path.normpath("//a//b"))
print(os.path.isabs("/x"), os.path.isabs("x"), os.path.commonprefix(["/usr/lib", "/usr/local"]))
print(os.path.commonpath(["/usr/lib", "/usr/local"]), os.path.relpath("/a/b/c", "/a/x"))
print(os.path.abspath("x") == os.path.join(os.getcwd(), "x"), os.path.realpath("/tmp/../tmp"))
base = os.path.join("/tmp", "krait_os_test_%d" % os.getpid())
os.chdir("/tmp")
d = os.path.basename(base)
os.makedirs(d + "/e/f", exist_ok=True)
os.makedirs(d + "/e/f", exist_ok=True)
try:
    os.makedirs(d + "/e/f")
except FileExistsError as e:
    print("FileExistsError", e.errno, e.filename == d + "/e/f")
print(os.path.isdir(d + "/e"), os.path.isfile(d + "/e"), os.path.exists(d + "/nope"), sorted(os.listdir(d)))
print([(p.replace(d, "d"), sorted(ds), fs) for p, ds, fs in os.walk(d)])
try:
    os.stat("nope.txt")
except FileNotFoundError as e:
    print(e)
try:
    os.listdir("nope")
except OSError as e:
    print(type(e).__name__, e)
st = os.stat(d)
print(type(st).__name__, len(st), st[0] == st.st_mode, isinstance(st.st_mtime, float))
os.rmdir(d + "/e/f"); os.removedirs(d + "/e")
print(os.path.exists(d))
os.environ["KRAIT_TEST_VAR"] = "v1"
print(os.getenv("KRAIT_TEST_VAR"), os.environ.get("KRAIT_TEST_VAR"), "KRAIT_TEST_VAR" in os.environ)
del os.environ["KRAIT_TEST_VAR"]
print(os.getenv("KRAIT_TEST_VAR", "gone"), os.environ.pop("KRAIT_NOPE", "dflt"))
print(os.path.expanduser("~") == os.environ["HOME"], os.path.expandvars("$HOME/x") == os.environ["HOME"] + "/x")
print(isinstance(os.getpid(), int), os.cpu_count() >= 1, len(os.urandom(8)))
print(os.fspath("p"), os.path.join(b"a", b"b"), os.path.basename(b"/x/y"))
try:
    os.path.join("a", b"b")
except TypeError as e:
    print(e)
try:
    os.fspath(3)
except TypeError as e:
    print(e)
