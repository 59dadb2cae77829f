# tempfile for Krait: temporary files and directories (mkstemp, mkdtemp, NamedTemporaryFile,
# TemporaryFile, TemporaryDirectory, SpooledTemporaryFile as a plain file) under gettempdir().
import os
import shutil as _shutil

__all__ = ["NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile", "TemporaryDirectory",
           "mkstemp", "mkdtemp", "mktemp", "TMP_MAX", "gettempprefix", "tempdir", "template",
           "gettempdir", "gettempprefixb", "gettempdirb"]

TMP_MAX = 10000
template = "tmp"
tempdir = None
_chars = "abcdefghijklmnopqrstuvwxyz0123456789_"


def _random_name():
    data = os.urandom(8)
    return ''.join(_chars[b % len(_chars)] for b in data)


def gettempprefix():
    return template


def gettempprefixb():
    return template.encode()


def gettempdir():
    global tempdir
    if tempdir is None:
        for env in ('TMPDIR', 'TEMP', 'TMP'):
            d = os.environ.get(env)
            if d and os.path.isdir(d):
                tempdir = os.path.abspath(d)
                break
        else:
            tempdir = '/tmp'
    return tempdir


def gettempdirb():
    return gettempdir().encode()


def _sanitize(suffix, prefix, dir):
    if suffix is None:
        suffix = ''
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return suffix, prefix, os.fspath(dir)


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    suffix, prefix, dir = _sanitize(suffix, prefix, dir)
    for _ in range(TMP_MAX):
        name = os.path.join(dir, prefix + _random_name() + suffix)
        try:
            fd = os.open(name, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            continue
        return (fd, os.path.abspath(name))
    raise FileExistsError(17, "No usable temporary file name found")


def mkdtemp(suffix=None, prefix=None, dir=None):
    suffix, prefix, dir = _sanitize(suffix, prefix, dir)
    for _ in range(TMP_MAX):
        name = os.path.join(dir, prefix + _random_name() + suffix)
        try:
            os.mkdir(name, 0o700)
        except FileExistsError:
            continue
        return os.path.abspath(name)
    raise FileExistsError(17, "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    if dir is None:
        dir = gettempdir()
    for _ in range(TMP_MAX):
        name = os.path.join(dir, prefix + _random_name() + suffix)
        if not os.path.exists(name):
            return name
    raise FileExistsError(17, "No usable temporary filename found")


class _TemporaryFileWrapper:
    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()

    def close(self):
        if not self._closed:
            self._closed = True
            self.file.close()
            if self.delete:
                try:
                    os.unlink(self.name)
                except FileNotFoundError:
                    pass

    def __iter__(self):
        return iter(self.file)

    def __repr__(self):
        return '<tempfile._TemporaryFileWrapper object at 0x%x>' % id(self)


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None):
    suffix, prefix, dir = _sanitize(suffix, prefix, dir)
    for _ in range(TMP_MAX):
        name = os.path.join(dir, prefix + _random_name() + suffix)
        try:
            open(name, 'x').close()
        except FileExistsError:
            continue
        break
    file = open(name, mode, buffering, encoding=encoding, newline=newline, errors=errors) \
        if 'b' not in mode else open(name, mode, buffering)
    return _TemporaryFileWrapper(file, os.path.abspath(name), delete)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    f = NamedTemporaryFile(mode, buffering, encoding, newline, suffix, prefix, dir, True,
                           errors=errors)
    return f


SpooledTemporaryFile = TemporaryFile


class TemporaryDirectory:
    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._done = False

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if not self._done:
            self._done = True
            _shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)
