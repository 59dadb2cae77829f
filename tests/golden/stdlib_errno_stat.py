# errno and stat: constants, errorcode, S_IS* tests, filemode and their errors.
import errno
import os
import stat

print(errno.ENOENT, errno.EACCES, errno.EEXIST, errno.EAGAIN, errno.EWOULDBLOCK)
print(errno.EDEADLK, errno.EDEADLOCK, errno.ENOTSUP, errno.EOPNOTSUPP, errno.ERFKILL)
print(errno.errorcode[2], errno.errorcode[11], errno.errorcode[35], errno.errorcode[95])
print(len(errno.errorcode))
print(sorted(errno.errorcode.items())[:8])
print(list(errno.errorcode.items())[:5])
print(sum(errno.errorcode))
names = sorted(n for n in dir(errno) if n.startswith('E'))
print(len(names), names[:6])
print(os.strerror(errno.ENOENT))

try:
    open('/nonexistent/dir/file')
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno])

try:
    os.mkdir('/')
except FileExistsError as e:
    print(errno.errorcode[e.errno])

for mode in (0o040755, 0o100644, 0o120777, 0o020620, 0o060660, 0o010644, 0o140755, 0):
    print(oct(mode), stat.S_ISDIR(mode), stat.S_ISREG(mode), stat.S_ISLNK(mode),
          stat.S_ISCHR(mode), stat.S_ISBLK(mode), stat.S_ISFIFO(mode), stat.S_ISSOCK(mode),
          stat.S_ISDOOR(mode), stat.S_ISPORT(mode), stat.S_ISWHT(mode),
          oct(stat.S_IMODE(mode)), oct(stat.S_IFMT(mode)), stat.filemode(mode))

for mode in (0o104755, 0o102755, 0o101777, 0o104644, 0o102644, 0o101644, 0o1777, 0o177777):
    print(oct(mode), stat.filemode(mode))

print(stat.S_IRWXU | stat.S_IRGRP | stat.S_IROTH, stat.S_IFDIR, stat.S_IFREG, stat.S_ISVTX)
print(stat.ST_MODE, stat.ST_SIZE, stat.ST_MTIME, stat.UF_HIDDEN, stat.SF_SNAPSHOT)
print(stat.S_ENFMT == stat.S_ISGID, stat.S_IREAD, stat.S_IWRITE, stat.S_IEXEC)
print(stat.FILE_ATTRIBUTE_DIRECTORY, stat.FILE_ATTRIBUTE_HIDDEN)
print(stat.S_ISDIR(True), stat.filemode(2**32 - 1))

st = os.stat('.')
print(stat.S_ISDIR(st.st_mode), stat.filemode(st.st_mode)[0])
st = os.stat(__file__)
print(stat.S_ISREG(st.st_mode), stat.filemode(st.st_mode)[0])

for f, arg in [(stat.S_ISDIR, 'a'), (stat.S_ISREG, 1.5), (stat.filemode, 'x'),
               (stat.filemode, -1), (stat.S_IMODE, None), (stat.S_IFMT, -5),
               (stat.S_ISDIR, 2**40), (stat.filemode, 2**32), (stat.S_ISDOOR, 'x')]:
    try:
        print(f(arg))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
