# open() of an os.PathLike: the file name and the OSError filename are the str/bytes path;
# __fspath__ returning another type is a TypeError.
import pathlib
for arg in ['/nonexist/x.txt', pathlib.Path('/nonexist/y.txt'), b'/nonexist/z']:
    try: open(arg)
    except FileNotFoundError as e: print(repr(e.filename), e)
import pathlib; f=open(pathlib.Path('/etc/hostname')); print(repr(f.name))
try: open(pathlib.Path('/etc'))
except IsADirectoryError as e: print(repr(e.filename))
class P:
    def __fspath__(self): return 3
try: open(P())
except TypeError as e: print(e)
