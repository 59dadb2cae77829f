# platform and os.uname: the system queries scripts print.
import platform, os
print(platform.system(), platform.machine(), platform.python_version(), platform.python_version_tuple(), platform.uname().system == os.uname().sysname, platform.release() == os.uname().release)
print(type(os.uname()).__name__, os.uname().sysname, platform.node() == os.uname().nodename)
