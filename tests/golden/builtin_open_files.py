# open(): text and binary files, universal newlines, modes and their errors, encodings, reprs.
import os
path = "/tmp/krait_files_%d.txt" % os.getpid()
with open(path, "w") as f:
    print(type(f).__name__, f.mode, f.closed, f.writable(), f.readable())
    n = f.write("héllo\nwörld\r\nthird\rfourth")
    print(n)
    print("printed", 42, file=f)
    f.writelines(["a\n", "b\n"])
print(f.closed)
try:
    f.write("x")
except ValueError as e:
    print("ValueError", e)
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    print(f.readline(), end="")
    print(repr(f.readline(3)), repr(f.readline()))
    print(f.readlines())
with open(path) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(path, newline="") as f:
    print(repr(f.read()))
with open(path, "rb") as f:
    print(type(f).__name__, f.read(7), f.tell())
    f.seek(0)
    print(len(f.read()))
with open(path, "a") as f:
    f.write("appended\n")
with open(path, "r+") as f:
    print(f.read(5), f.readable(), f.writable())
with open(path, "wb") as f:
    print(type(f).__name__, f.write(b"\x00\x01bytes"), f.write(bytearray(b"ba")))
with open(path, "rb") as f:
    print(f.read())
try:
    with open(path, "r") as f:
        f.write("no")
except Exception as e:
    print(type(e).__name__, type(e).__module__, e, isinstance(e, OSError), isinstance(e, ValueError))
try:
    with open(path, "w") as f:
        f.read()
except Exception as e:
    print(type(e).__name__, e)
with open(path, "w") as f:
    try:
        f.write(b"x")
    except TypeError as e:
        print(e)
with open(path, "wb") as f:
    try:
        f.write("x")
    except TypeError as e:
        print(e)
for mode in ["rw", "rr", "z", "", "bt", "r+b+"]:
    try:
        open(path, mode)
    except ValueError as e:
        print(repr(mode), e)
try:
    open(path, "rb", encoding="utf-8")
except ValueError as e:
    print(e)
try:
    open("/nonexistent/x.txt")
except FileNotFoundError as e:
    print(e)
try:
    open("/tmp")
except IsADirectoryError as e:
    print(e)
try:
    open(path, "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno)
with open(path, "w", encoding="latin-1") as f:
    f.write("café")
with open(path, "rb") as f:
    print(f.read())
with open(path, encoding="latin-1") as f:
    print(f.read(), f.encoding)
f = open(path)
print(repr(f).replace(path, "P"))
f.close()
f.close()
print(repr(open(path, "rb")).replace(path, "P"))
os.remove(path)
print(os.path.exists(path))
