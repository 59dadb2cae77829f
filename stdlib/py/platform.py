# platform for Krait: the system, machine and Python version queries scripts use.
import os
import sys

__all__ = ['system', 'node', 'release', 'version', 'machine', 'processor', 'uname',
           'python_version', 'python_version_tuple', 'python_implementation', 'platform',
           'architecture', 'python_compiler', 'python_build', 'libc_ver', 'freedesktop_os_release']


class uname_result(tuple):
    _fields = ('system', 'node', 'release', 'version', 'machine', 'processor')

    def __new__(cls, system, node, release, version, machine, processor=''):
        return tuple.__new__(cls, (system, node, release, version, machine, processor))

    system = property(lambda self: self[0])
    node = property(lambda self: self[1])
    release = property(lambda self: self[2])
    version = property(lambda self: self[3])
    machine = property(lambda self: self[4])
    processor = property(lambda self: self[5])

    def __repr__(self):
        return 'uname_result(' + ', '.join(
            '%s=%r' % (n, v) for n, v in zip(self._fields, self)) + ')'


_uname_cache = None


def uname():
    global _uname_cache
    if _uname_cache is None:
        u = os.uname()
        _uname_cache = uname_result(u.sysname, u.nodename, u.release, u.version, u.machine, '')
    return _uname_cache


def system():
    return uname().system


def node():
    return uname().node


def release():
    return uname().release


def version():
    return uname().version


def machine():
    return uname().machine


def processor():
    return uname().processor


def python_version():
    return '%d.%d.%d' % sys.version_info[:3]


def python_version_tuple():
    return tuple(str(x) for x in sys.version_info[:3])


def python_implementation():
    return 'Krait'


def python_compiler():
    return 'C++20'


def python_build():
    return ('default', '')


def architecture(executable=sys.executable, bits='', linkage=''):
    return ('64bit', 'ELF')


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    return ('glibc', '')


def platform(aliased=False, terse=False):
    u = uname()
    if terse:
        return '%s-%s' % (u.system, u.release)
    return '%s-%s-%s-with-glibc' % (u.system, u.release, u.machine)


def freedesktop_os_release():
    info = {"NAME": "Linux", "ID": "linux", "PRETTY_NAME": "Linux"}
    for path in ('/etc/os-release', '/usr/lib/os-release'):
        try:
            with open(path, encoding='utf-8') as f:
                for line in f:
                    line = line.strip()
                    if '=' in line and not line.startswith('#'):
                        k, _, v = line.partition('=')
                        info[k] = v.strip('"\'')
            return info
        except OSError:
            continue
    raise OSError("Unable to read files /etc/os-release, /usr/lib/os-release")
