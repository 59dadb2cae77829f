# pathlib: pure path parsing and operations, and Path's file-system methods.
from pathlib import Path, PurePath, PurePosixPath
import os
p = PurePath("/usr//local/./lib/python3.11/site.tar.gz")
print(p, repr(p), p.parts, p.name, p.suffix, p.suffixes, p.stem, p.parent, p.anchor, p.root, p.is_absolute())
print(list(p.parents)[:3], p.with_name("x.py"), p.with_suffix(".zip"), p.with_stem("s"), p.relative_to("/usr"), p.is_relative_to("/opt"))
q = PurePosixPath("a") / "b" / "../c"
print(q, q.joinpath("d", "/e"), PurePath(""), PurePath("//x/y"), PurePath("///x"), "x" / PurePath("y"), PurePath("a") == PurePath("a/"), hash(PurePath("a/b")) == hash(PurePath("a//b")))
print(PurePath("a/b.py").match("*.py"), PurePath("/a/b/c.py").match("b/*.py"), PurePath("a/b.py").match("/*.py"), PurePath(".bashrc").suffix, PurePath("x.").suffixes, sorted([PurePath("b"), PurePath("a")]))
for bad in [lambda: PurePath("a").with_suffix("txt"), lambda: PurePath("/").with_name("x"), lambda: PurePath("a/b").relative_to("c")]:
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
base = Path("/tmp") / ("krait_pathlib_%d" % os.getpid())
base.mkdir()
(base / "sub" / "deep").mkdir(parents=True)
f = base / "sub" / "hello.txt"
print(f.write_text("hi\nthere\n"), f.read_text().splitlines(), f.exists(), f.is_file(), f.parent.is_dir(), f.stat().st_size)
(base / "data.bin").write_bytes(b"\x00\x01")
print((base / "data.bin").read_bytes(), sorted(p.name for p in base.iterdir()))
(base / "sub" / "deep" / "x.txt").touch()
print(sorted(str(p.relative_to(base)) for p in base.rglob("*.txt")), sorted(p.name for p in base.glob("*")))
print(Path("rel").absolute() == Path.cwd() / "rel", type(Path("x")).__name__, Path("~").expanduser() == Path.home())
with f.open() as fh:
    print(fh.readline().strip())
(base / "sub" / "hello.txt").rename(base / "moved.txt")
print((base / "moved.txt").exists(), (base / "sub" / "hello.txt").exists())
(base / "moved.txt").unlink(); (base / "moved.txt").unlink(missing_ok=True)
try:
    (base / "nope").unlink()
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
for p in sorted(base.rglob("*"), key=lambda p: -len(p.parts)):
    p.unlink() if p.is_file() else p.rmdir()
base.rmdir()
print(base.exists())
